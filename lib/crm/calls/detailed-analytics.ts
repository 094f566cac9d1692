import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CrmContext } from "../context";
import { callCondition, type CallFilter } from "./call-filter";
import { summaryColumns, toSummary, type CallSummary, type SummaryRow } from "./call-summary";
import { callViewColumns, callViewJoin, toCallView, type CallView, type CallViewRow } from "./call-view";

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
}

const TOP_CUSTOMERS = 10;
const RECENT = 10;

/**
 * The SQL the detailed report runs: one pass over the calls for the summary,
 * hours, weekdays and buckets (GROUPING SETS), one grouped query for the top
 * customers, one index walk for the latest calls.
 */
export function detailedAnalyticsQueries(condition: Prisma.Sql) {
  return {
    histogram: Prisma.sql`
      SELECT GROUPING(h.hour, h.dow, h.bucket)::int AS "grouping", h.hour, h.dow, h.bucket,
        count(*)::int AS "totalCalls", coalesce(sum(h."duration"), 0)::float8 AS "totalDuration",
        count(*) FILTER (WHERE h."direction" = 'inbound')::int AS "inboundCalls",
        count(*) FILTER (WHERE h."direction" = 'outbound')::int AS "outboundCalls",
        count(*) FILTER (WHERE h."status" = 'missed')::int AS "missedCalls"
      FROM (
        SELECT extract(hour FROM c."startTime")::int AS hour, extract(dow FROM c."startTime")::int AS dow,
          CASE WHEN c."status" <> 'completed' OR c."duration" IS NULL THEN NULL
               WHEN c."duration" < 30 THEN 0 WHEN c."duration" < 60 THEN 1 WHEN c."duration" < 180 THEN 2
               WHEN c."duration" < 300 THEN 3 ELSE 4 END AS bucket,
          c."duration", c."direction", c."status"
        FROM "Call" c WHERE ${condition}
      ) h
      GROUP BY GROUPING SETS ((h.hour), (h.dow), (h.bucket), ())`,
    top: Prisma.sql`
      WITH top AS (
        SELECT c."customerId", count(*)::int AS "callCount", coalesce(sum(c."duration"), 0)::float8 AS "totalDuration", max(c."phoneNumber") AS "phoneNumber"
        FROM "Call" c WHERE ${condition} AND c."customerId" IS NOT NULL
        GROUP BY c."customerId" ORDER BY 2 DESC, 3 DESC, 1 LIMIT ${TOP_CUSTOMERS}
      )
      SELECT coalesce(cu."externalId", cu."id"::text) AS "customerId", cu."name" AS "customerName",
        coalesce(cu."phone", top."phoneNumber") AS "phoneNumber", top."callCount", top."totalDuration"
      FROM top JOIN "Customer" cu ON cu."id" = top."customerId"
      ORDER BY top."callCount" DESC, top."totalDuration" DESC, top."customerId"`,
    recent: Prisma.sql`SELECT ${callViewColumns} FROM "Call" c ${callViewJoin} WHERE ${condition}
      ORDER BY c."startTime" DESC, c."id" DESC LIMIT ${RECENT}`,
  };
}

interface HistogramRow extends SummaryRow {
  grouping: number;
  hour: number | null;
  dow: number | null;
  bucket: number | null;
}

/** GET /api/ribbon/analytics/detailed. */
export async function getDetailedAnalytics(ctx: CrmContext, filter: CallFilter): Promise<DetailedAnalytics> {
  const callsByHour = Object.fromEntries(Array.from({ length: 24 }, (_, h) => [String(h), 0]));
  const callsByDayOfWeek = Object.fromEntries(Array.from({ length: 7 }, (_, d) => [String(d), 0]));
  const durationBuckets = Object.fromEntries(DURATION_BUCKETS.map((b) => [b, 0])) as Record<DurationBucket, number>;
  const condition = await callCondition(ctx, filter);
  if (!condition) return { summary: toSummary(undefined), callsByHour, callsByDayOfWeek, topCustomers: [], durationBuckets, recentActivity: [] };

  const db = await getDb();
  const q = detailedAnalyticsQueries(condition);
  const [histogram, top, recent] = await Promise.all([
    db.$queryRaw<HistogramRow[]>(q.histogram),
    db.$queryRaw<TopCustomer[]>(q.top),
    db.$queryRaw<CallViewRow[]>(q.recent),
  ]);
  let summary: SummaryRow | undefined;
  // GROUPING bits: hour 4, dow 2, bucket 1; a bit is set when that column is rolled up.
  for (const row of histogram) {
    if (row.grouping === 7) summary = row;
    else if (row.grouping === 3 && row.hour !== null) callsByHour[String(row.hour)] = row.totalCalls;
    else if (row.grouping === 5 && row.dow !== null) callsByDayOfWeek[String(row.dow)] = row.totalCalls;
    else if (row.grouping === 6 && row.bucket !== null) durationBuckets[DURATION_BUCKETS[row.bucket]!] = row.totalCalls;
  }
  return { summary: toSummary(summary), callsByHour, callsByDayOfWeek, topCustomers: top, durationBuckets, recentActivity: recent.map(toCallView) };
}
