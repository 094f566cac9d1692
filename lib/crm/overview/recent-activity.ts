import { getDb } from "@/lib/db/client";
import type { InteractionType } from "@/lib/db/generated/enums";
import type { CrmContext } from "../context";

export interface ActivityItem {
  id: string;
  type: InteractionType;
  summary: string;
  occurredAt: Date;
  by: string | null;
  lead: { id: string; name: string } | null;
  customer: { id: string; name: string } | null;
}

/**
 * The latest interactions that already happened: on a person's records
 * (`mine`: written by them, or on leads and customers assigned to them) or
 * the team's (the whole tenant). Walks the (tenantId, occurredAt) index from
 * the newest and stops at `limit`.
 */
export async function recentActivity(ctx: CrmContext, whose: "mine" | "team", limit = 10, now = new Date()): Promise<ActivityItem[]> {
  const db = await getDb();
  const me = ctx.actor.type === "user" ? ctx.actor.id : "00000000-0000-0000-0000-000000000000";
  const rows = await db.interaction.findMany({
    where: {
      tenantId: ctx.tenantId,
      occurredAt: { lte: now },
      ...(whose === "mine" ? { OR: [{ userId: me }, { lead: { assignedToId: me } }, { customer: { assignedToId: me } }] } : {}),
    },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      type: true,
      subject: true,
      notes: true,
      nextAction: true,
      occurredAt: true,
      user: { select: { name: true } },
      lead: { select: { id: true, name: true } },
      customer: { select: { id: true, name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    summary: row.subject ?? row.notes?.slice(0, 140) ?? row.nextAction ?? row.type,
    occurredAt: row.occurredAt,
    by: row.user?.name ?? null,
    lead: row.lead,
    customer: row.customer,
  }));
}
