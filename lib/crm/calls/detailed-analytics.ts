import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CrmContext } from "../context";
import { callCondition, type CallFilter } from "./call-filter";
import { recentCallsQuery } from "./call-analytics";
import { getCallStats } from "./call-stats";
import { toSummary, type CallSummary } from "./call-summary";
import { toCallView, type CallView, type CallViewRow } from "./call-view";

/** Duration buckets of completed calls: [0,30), [30,60), [60,180), [180,300), 300 and more seconds. */
export const DURATION_BUCKETS = ["0-30s", "30s-1m", "1m-3m", "3m-5m", "5m+"] as const;
export type DurationBucket = (typeof DURATION_BUCKETS)[number];

export interface TopCustomer {
  customerId: string;
  customerName: string;
  phoneNumber: string | null;
  callCount: number;
  totalDuration: number;
}

export interface DetailedAnalytics {
  summary: CallSummary;
  /** Every hour "0".."23" (UTC), zeros included. */
  callsByHour: Record<string, number>;
  /** Every day "0".."6", 0 = Sunday (UTC). */
  callsByDayOfWeek: Record<string, number>;
  topCustomers: TopCustomer[];
  durationBuckets: Record<DurationBucket, number>;
  recentActivity: CallView[];
  /** Calls per UTC day ("2025-10-12"), days with calls only (the same counts as GET /api/ribbon/analytics' callsByDate; the call dashboard charts them). */
  callsByDate: Record<string, number>;
}

const TOP_CUSTOMERS = 10;
const RECENT = 10;

/** The top customers of the filter: one grouped pass over the calls, customers joined for the 10 rows only. */
export function topCustomersQuery(condition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH top AS (
      SELECT c."customerId", count(*)::int AS "callCount", coalesce(sum(c."duration"), 0)::float8 AS "totalDuration"
      FROM "Call" c WHERE ${condition} AND c."customerId" IS NOT NULL
      GROUP BY c."customerId" ORDER BY 2 DESC, 3 DESC, 1 LIMIT ${TOP_CUSTOMERS}
    )
    SELECT coalesce(cu."externalId", cu."id"::text) AS "customerId", cu."name" AS "customerName",
      coalesce(cu."phone", (SELECT c."phoneNumber" FROM "Call" c WHERE c."tenantId" = cu."tenantId" AND c."customerId" = cu."id" AND c."phoneNumber" IS NOT NULL LIMIT 1)) AS "phoneNumber",
      top."callCount", top."totalDuration"
    FROM top JOIN "Customer" cu ON cu."id" = top."customerId"
    ORDER BY top."callCount" DESC, top."totalDuration" DESC, top."customerId"`;
}

/** GET /api/ribbon/analytics/detailed: counts from call-stats.ts (hourly rollup), top customers and latest calls from the calls. */
export async function getDetailedAnalytics(ctx: CrmContext, filter: CallFilter): Promise<DetailedAnalytics> {
  const db = await getDb();
  const [condition, stats] = await Promise.all([callCondition(ctx, filter), getCallStats(ctx, filter)]);
  const [top, recent] = condition
    ? await Promise.all([db.$queryRaw<TopCustomer[]>(topCustomersQuery(condition)), db.$queryRaw<CallViewRow[]>(recentCallsQuery(condition, RECENT))])
    : [[], []];
  return {
    summary: toSummary(stats.summary),
    callsByHour: Object.fromEntries(stats.byHour.map((n, h) => [String(h), n])),
    callsByDayOfWeek: Object.fromEntries(stats.byDayOfWeek.map((n, d) => [String(d), n])),
    topCustomers: top,
    durationBuckets: Object.fromEntries(DURATION_BUCKETS.map((b, i) => [b, stats.buckets[i] ?? 0])) as Record<DurationBucket, number>,
    recentActivity: recent.map(toCallView),
    callsByDate: Object.fromEntries(stats.byDate),
  };
}
