import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CallDirection } from "@/lib/db/generated/enums";
import type { CrmContext } from "../context";
import { customerUuid } from "./call-filter";

export interface CallLogFilter {
  /** On the event's time (UTC); `to` exclusive. */
  from?: Date;
  to?: Date;
  /** Events of the calls linked to this customer (the integrator's id). */
  customerId?: string;
  event?: string;
  callDirection?: CallDirection;
}

export interface CallLog {
  logId: string;
  event: string;
  data: Record<string, unknown>;
  timestamp: Date;
  domain: string | null;
}

export interface CallLogPage {
  logs: CallLog[];
  total: number;
}

/** The condition on "CallEvent" e, led by the tenant (null: matches nothing). */
export async function callLogCondition(ctx: CrmContext, filter: CallLogFilter): Promise<Prisma.Sql | null> {
  const parts = [Prisma.sql`e."tenantId" = ${ctx.tenantId}::uuid`];
  if (filter.customerId !== undefined) {
    const customerId = await customerUuid(ctx, filter.customerId);
    if (!customerId) return null;
    // By the call's customer, so events that carried no customerData (callEnded) still count.
    parts.push(
      Prisma.sql`e."callSid" IN (SELECT c."callSid" FROM "Call" c WHERE c."tenantId" = ${ctx.tenantId}::uuid AND c."customerId" = ${customerId}::uuid)`,
    );
  }
  if (filter.event) parts.push(Prisma.sql`e."event" = ${filter.event}`);
  if (filter.callDirection) parts.push(Prisma.sql`e."callDirection" = ${filter.callDirection}::"CallDirection"`);
  if (filter.from) parts.push(Prisma.sql`e."occurredAt" >= ${filter.from}`);
  if (filter.to) parts.push(Prisma.sql`e."occurredAt" < ${filter.to}`);
  return Prisma.join(parts, " AND ");
}

/**
 * The SQL of one page: ids first through the (tenantId, occurredAt desc, id)
 * index (a deferred join, so a deep OFFSET walks index entries, not rows),
 * then the page's rows.
 */
export function callLogQueries(condition: Prisma.Sql, offset: number, limit: number) {
  return {
    page: Prisma.sql`
      WITH page AS (
        SELECT e."id", e."occurredAt" FROM "CallEvent" e WHERE ${condition}
        ORDER BY e."occurredAt" DESC, e."id" DESC OFFSET ${offset} LIMIT ${limit}
      )
      SELECT e."logId", e."event", e."data", e."occurredAt" AS "timestamp", e."domain"
      FROM page JOIN "CallEvent" e ON e."id" = page."id"
      ORDER BY page."occurredAt" DESC, page."id" DESC`,
    total: Prisma.sql`SELECT count(*)::int AS "total" FROM "CallEvent" e WHERE ${condition}`,
  };
}

/** GET /api/ribbon/call-logs: the stored events, newest first, a numbered page at a time (the seed's page/pageSize). */
export async function listCallLogs(ctx: CrmContext, filter: CallLogFilter, page: number, pageSize: number): Promise<CallLogPage> {
  const condition = await callLogCondition(ctx, filter);
  if (!condition) return { logs: [], total: 0 };
  const db = await getDb();
  const q = callLogQueries(condition, (page - 1) * pageSize, pageSize);
  const [logs, total] = await Promise.all([db.$queryRaw<CallLog[]>(q.page), db.$queryRaw<{ total: number }[]>(q.total)]);
  return { logs, total: total[0]?.total ?? 0 };
}
