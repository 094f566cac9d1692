import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";

/** Statuses whose deals are still open (not converted, won or lost). */
export const OPEN_LEAD_STATUSES = ["new", "contacted", "qualified", "proposal", "negotiation"] as const;

export interface PipelineValue {
  openLeads: number;
  /** Exact sum of the open leads' values, a decimal string. */
  value: string;
}

/**
 * The open pipeline in one SQL aggregate: a person's own (`mine`: leads
 * assigned to them) or the team's (every lead of the tenant).
 */
export async function openPipelineValue(ctx: CrmContext, whose: "mine" | "team"): Promise<PipelineValue> {
  const db = await getDb();
  const me = ctx.actor.type === "user" ? ctx.actor.id : null;
  const result = await db.lead.aggregate({
    where: {
      tenantId: ctx.tenantId,
      status: { in: [...OPEN_LEAD_STATUSES] },
      ...(whose === "mine" ? { assignedToId: me ?? "00000000-0000-0000-0000-000000000000" } : {}),
    },
    _count: { _all: true },
    _sum: { value: true },
  });
  return { openLeads: result._count._all, value: result._sum.value?.toFixed(2) ?? "0.00" };
}
