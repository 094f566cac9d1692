import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CrmContext } from "../context";
import { findVisibleCustomer } from "../customers/find-visible-customer";
import { callViewColumns, callViewJoin, toCallView, type CallView, type CallViewRow } from "./call-view";

export interface CustomerCallHistory {
  /** The customer's latest `limit` calls, newest first. */
  calls: CallView[];
  /** The events of those calls, in time order. */
  events: { logId: string; event: string; timestamp: Date }[];
  /** Over all the customer's calls, not only those listed. */
  totalCalls: number;
  totalDuration: number;
}

/**
 * A customer's calls, by the integrator's id (GET /api/ribbon/customer/:customerId[/calls])
 * or by UUID (the customer page). An unknown id, another tenant's, or another rep's customer is NotFound.
 */
export async function getCustomerCallHistory(
  ctx: CrmContext,
  key: { externalId: string } | { id: string },
  limit: number,
  withEvents = true,
): Promise<CustomerCallHistory> {
  const db = await getDb();
  const customer = await findVisibleCustomer(db, ctx, key);
  const condition = Prisma.sql`c."tenantId" = ${ctx.tenantId}::uuid AND c."customerId" = ${customer.id}::uuid`;
  const [rows, totals] = await Promise.all([
    db.$queryRaw<CallViewRow[]>(Prisma.sql`SELECT ${callViewColumns} FROM "Call" c ${callViewJoin} WHERE ${condition}
      ORDER BY c."startTime" DESC, c."id" DESC LIMIT ${limit}`),
    db.$queryRaw<{ totalCalls: number; totalDuration: number }[]>(Prisma.sql`
      SELECT count(*)::int AS "totalCalls", coalesce(sum(c."duration"), 0)::float8 AS "totalDuration" FROM "Call" c WHERE ${condition}`),
  ]);
  const calls = rows.map(toCallView);
  const events =
    withEvents && calls.length > 0
      ? await db.callEvent.findMany({
          where: { tenantId: ctx.tenantId, callSid: { in: calls.map((c) => c.sessionId) } },
          orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
          select: { logId: true, event: true, occurredAt: true },
        })
      : [];
  return {
    calls,
    events: events.map((e) => ({ logId: e.logId, event: e.event, timestamp: e.occurredAt })),
    totalCalls: totals[0]?.totalCalls ?? 0,
    totalDuration: totals[0]?.totalDuration ?? 0,
  };
}
