import type { InteractionType, LeadStatus } from "@/lib/db/generated/enums";
import type { Prisma } from "@/lib/db/client";
import type { CrmContext } from "../context";

/** One nurturing step: a lead in `status` with no contact for `idleDays` gets a `type` task "nextAction", due `dueInDays` after the run. */
export interface NurtureRule {
  key: string;
  status: LeadStatus;
  idleDays: number;
  type: InteractionType;
  nextAction: string;
  dueInDays: number;
}

/** What a tenant without rules of its own gets. */
export const DEFAULT_NURTURE_RULES: readonly NurtureRule[] = [
  { key: "first_contact", status: "new", idleDays: 2, type: "call", nextAction: "First contact call", dueInDays: 0 },
  { key: "contacted_follow_up", status: "contacted", idleDays: 7, type: "email", nextAction: "Follow-up email", dueInDays: 0 },
  { key: "qualified_check_in", status: "qualified", idleDays: 14, type: "meeting", nextAction: "Check-in meeting to move to a proposal", dueInDays: 2 },
  { key: "proposal_chase", status: "proposal", idleDays: 5, type: "call", nextAction: "Chase the proposal", dueInDays: 0 },
];

/** The tenant's active rules (NurtureRule rows), or the defaults when it has none. */
export async function nurtureRulesOf(db: Prisma.TransactionClient, ctx: CrmContext): Promise<readonly NurtureRule[]> {
  const rows = await db.nurtureRule.findMany({
    where: { tenantId: ctx.tenantId },
    orderBy: { createdAt: "asc" },
    select: { key: true, status: true, idleDays: true, type: true, nextAction: true, dueInDays: true, active: true },
  });
  if (rows.length === 0) return DEFAULT_NURTURE_RULES;
  return rows.filter((r) => r.active).map(({ active: _active, ...rule }) => rule);
}
