import type { Prisma } from "@/lib/db/client";
import type { CrmContext } from "../context";
import type { NurtureRule } from "./nurture-rules";

/** Replaces the tenant's rules (an empty list restores the defaults). */
export async function setNurtureRules(db: Prisma.TransactionClient, ctx: CrmContext, rules: readonly NurtureRule[]): Promise<void> {
  await db.nurtureRule.deleteMany({ where: { tenantId: ctx.tenantId } });
  if (rules.length > 0) await db.nurtureRule.createMany({ data: rules.map((rule) => ({ ...rule, tenantId: ctx.tenantId })) });
}
