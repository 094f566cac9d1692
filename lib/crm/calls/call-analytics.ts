import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CrmContext } from "../context";
import { getTenantConfig } from "../tenants/get-tenant-config";
import type { CallUsage } from "../tenants/usage";
import { callCondition, type CallFilter } from "./call-filter";
import { getCallStats } from "./call-stats";
import { toSummary, type CallSummary } from "./call-summary";
import { callViewColumns, callViewJoin, toCallView, type CallView, type CallViewRow } from "./call-view";

export interface CallAnalytics {
  clientId: string;
  summary: CallSummary;
  /** Calls per UTC day ("2025-10-12"), newest day first; days without calls are left out. */
  callsByDate: Record<string, number>;
  recentCalls: CallView[];
  usage: CallUsage;
}

/** The latest `limit` calls of the filter: one walk down the (tenantId, startTime desc, id) index. */
export function recentCallsQuery(condition: Prisma.Sql, limit: number): Prisma.Sql {
  return Prisma.sql`SELECT ${callViewColumns} FROM "Call" c ${callViewJoin} WHERE ${condition}
    ORDER BY c."startTime" DESC, c."id" DESC LIMIT ${limit}`;
}

/** GET /api/ribbon/analytics: totals and calls per day (hourly rollup + SQL aggregates, see call-stats.ts), plus the latest `limit` calls. */
export async function getCallAnalytics(ctx: CrmContext, filter: CallFilter, limit: number): Promise<CallAnalytics> {
  const db = await getDb();
  const [config, condition, stats] = await Promise.all([getTenantConfig(ctx), callCondition(ctx, filter), getCallStats(ctx, filter)]);
  const recent = condition ? await db.$queryRaw<CallViewRow[]>(recentCallsQuery(condition, limit)) : [];
  const days = [...stats.byDate].sort((a, b) => (a[0] < b[0] ? 1 : -1));
  return {
    clientId: config.clientId,
    summary: toSummary(stats.summary),
    callsByDate: Object.fromEntries(days),
    recentCalls: recent.map(toCallView),
    usage: config.usage,
  };
}
