import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CrmContext } from "../context";
import { getTenantConfig } from "../tenants/get-tenant-config";
import type { CallUsage } from "../tenants/usage";
import { callCondition, type CallFilter } from "./call-filter";
import { summaryColumns, toSummary, type CallSummary, type SummaryRow } from "./call-summary";
import { callViewColumns, callViewJoin, toCallView, type CallView, type CallViewRow } from "./call-view";

export interface CallAnalytics {
  clientId: string;
  summary: CallSummary;
  /** Calls per UTC day ("2025-10-12"), newest day first; days without calls are left out. */
  callsByDate: Record<string, number>;
  recentCalls: CallView[];
  usage: CallUsage;
}

/** The SQL the overview runs (also run directly by bench/calls-analytics.ts for comparison). */
export function callAnalyticsQueries(condition: Prisma.Sql, limit: number) {
  return {
    summary: Prisma.sql`SELECT ${summaryColumns} FROM "Call" c WHERE ${condition}`,
    byDate: Prisma.sql`SELECT to_char(date_trunc('day', c."startTime"), 'YYYY-MM-DD') AS "day", count(*)::int AS "calls"
      FROM "Call" c WHERE ${condition} GROUP BY 1 ORDER BY 1 DESC`,
    recent: Prisma.sql`SELECT ${callViewColumns} FROM "Call" c ${callViewJoin} WHERE ${condition}
      ORDER BY c."startTime" DESC, c."id" DESC LIMIT ${limit}`,
  };
}

/** GET /api/ribbon/analytics: SQL aggregates over the calls the filter covers, plus the latest `limit` calls. */
export async function getCallAnalytics(ctx: CrmContext, filter: CallFilter, limit: number): Promise<CallAnalytics> {
  const db = await getDb();
  const [config, condition] = await Promise.all([getTenantConfig(ctx), callCondition(ctx, filter)]);
  if (!condition) return { clientId: config.clientId, summary: toSummary(undefined), callsByDate: {}, recentCalls: [], usage: config.usage };
  const q = callAnalyticsQueries(condition, limit);
  const [summary, byDate, recent] = await Promise.all([
    db.$queryRaw<SummaryRow[]>(q.summary),
    db.$queryRaw<{ day: string; calls: number }[]>(q.byDate),
    db.$queryRaw<CallViewRow[]>(q.recent),
  ]);
  return {
    clientId: config.clientId,
    summary: toSummary(summary[0]),
    callsByDate: Object.fromEntries(byDate.map((row) => [row.day, row.calls])),
    recentCalls: recent.map(toCallView),
    usage: config.usage,
  };
}
