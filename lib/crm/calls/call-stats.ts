import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CrmContext } from "../context";
import { callCondition, type CallFilter } from "./call-filter";
import type { SummaryRow } from "./call-summary";

/** Counts over a set of calls: totals, per UTC hour of day, per weekday (0 = Sunday), per UTC day, per duration bucket. */
export interface CallStats {
  summary: SummaryRow;
  byHour: number[];
  byDayOfWeek: number[];
  /** "2025-10-12" → calls, days with calls only. */
  byDate: Map<string, number>;
  /** Completed calls by duration bucket (the bounds of rawStats below). */
  buckets: number[];
}

const HOUR = 3_600_000;

/**
 * Where the numbers come from: whole UTC hours from the hourly rollup
 * (CallHourlyStat, at most 8,760 hours a year, each in up to 16 shard rows), the partial hours at the ends
 * of a range from the calls themselves (an index range of under an hour each).
 * With a customer filter everything comes from the calls (the rollup has no
 * customers; one customer's calls are an index range).
 */
export async function callStatsQueries(ctx: CrmContext, filter: CallFilter): Promise<Prisma.Sql[] | null> {
  if (filter.customerId !== undefined) {
    const condition = await callCondition(ctx, filter);
    return condition ? [rawStats(condition)] : null;
  }
  const { from, to } = filter;
  const fullFrom = from ? new Date(Math.ceil(from.getTime() / HOUR) * HOUR) : undefined;
  const fullTo = to ? new Date(Math.floor(to.getTime() / HOUR) * HOUR) : undefined;
  if (fullFrom && fullTo && fullFrom.getTime() >= fullTo.getTime()) {
    // Less than one whole hour: the calls alone.
    return [rawStats((await callCondition(ctx, filter))!)];
  }
  const rollup = [Prisma.sql`s."tenantId" = ${ctx.tenantId}::uuid`];
  if (fullFrom) rollup.push(Prisma.sql`s."hour" >= ${fullFrom}`);
  if (fullTo) rollup.push(Prisma.sql`s."hour" < ${fullTo}`);
  const queries = [rollupStats(Prisma.join(rollup, " AND "))];
  if (from && fullFrom && from.getTime() < fullFrom.getTime()) queries.push(rawStats((await callCondition(ctx, { from, to: fullFrom }))!));
  if (to && fullTo && fullTo.getTime() < to.getTime()) queries.push(rawStats((await callCondition(ctx, { from: fullTo, to }))!));
  return queries;
}

const statsColumns = Prisma.sql`GROUPING(h.hour, h.dow, h.day)::int AS "grouping", h.hour, h.dow, h.day`;
const statsGroups = Prisma.sql`GROUP BY GROUPING SETS ((h.hour), (h.dow), (h.day), ())`;

function rawStats(condition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT ${statsColumns}, count(*)::int AS "totalCalls", coalesce(sum(h."duration"), 0)::float8 AS "totalDuration",
      count(*) FILTER (WHERE h."direction" = 'inbound')::int AS "inboundCalls", count(*) FILTER (WHERE h."direction" = 'outbound')::int AS "outboundCalls",
      count(*) FILTER (WHERE h."status" = 'missed')::int AS "missedCalls",
      count(*) FILTER (WHERE h.bucket = 0)::int AS b0, count(*) FILTER (WHERE h.bucket = 1)::int AS b1, count(*) FILTER (WHERE h.bucket = 2)::int AS b2,
      count(*) FILTER (WHERE h.bucket = 3)::int AS b3, count(*) FILTER (WHERE h.bucket = 4)::int AS b4
    FROM (
      SELECT extract(hour FROM c."startTime")::int AS hour, extract(dow FROM c."startTime")::int AS dow, to_char(c."startTime", 'YYYY-MM-DD') AS day,
        CASE WHEN c."status" <> 'completed' OR c."duration" IS NULL THEN NULL
             WHEN c."duration" < 30 THEN 0 WHEN c."duration" < 60 THEN 1 WHEN c."duration" < 180 THEN 2
             WHEN c."duration" < 300 THEN 3 ELSE 4 END AS bucket,
        c."duration", c."direction", c."status"
      FROM "Call" c WHERE ${condition} AND c."startTime" IS NOT NULL
    ) h
    ${statsGroups}`;
}

function rollupStats(condition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT ${statsColumns}, coalesce(sum(h."calls"), 0)::int AS "totalCalls", coalesce(sum(h."totalDuration"), 0)::float8 AS "totalDuration",
      coalesce(sum(h."inbound"), 0)::int AS "inboundCalls", coalesce(sum(h."outbound"), 0)::int AS "outboundCalls", coalesce(sum(h."missed"), 0)::int AS "missedCalls",
      coalesce(sum(h.b0), 0)::int AS b0, coalesce(sum(h.b1), 0)::int AS b1, coalesce(sum(h.b2), 0)::int AS b2, coalesce(sum(h.b3), 0)::int AS b3, coalesce(sum(h.b4), 0)::int AS b4
    FROM (
      SELECT extract(hour FROM s."hour")::int AS hour, extract(dow FROM s."hour")::int AS dow, to_char(s."hour", 'YYYY-MM-DD') AS day,
        s."calls", s."totalDuration", s."inbound", s."outbound", s."missed", s.b0, s.b1, s.b2, s.b3, s.b4
      FROM (
        -- The shards of each hour summed first (a call counts in one shard; see CallHourlyStat).
        SELECT s."hour", sum(s."calls") AS "calls", sum(s."totalDuration") AS "totalDuration", sum(s."inbound") AS "inbound",
          sum(s."outbound") AS "outbound", sum(s."missed") AS "missed", sum(s."b0") AS b0, sum(s."b1") AS b1, sum(s."b2") AS b2,
          sum(s."b3") AS b3, sum(s."b4") AS b4
        FROM "CallHourlyStat" s WHERE ${condition}
        GROUP BY s."hour"
      ) s
      WHERE s."calls" > 0
    ) h
    ${statsGroups}`;
}

interface StatsRow extends SummaryRow {
  grouping: number;
  hour: number | null;
  dow: number | null;
  day: string | null;
  b0: number;
  b1: number;
  b2: number;
  b3: number;
  b4: number;
}

/** Runs the queries (in parallel) and adds their few rows up. */
export async function getCallStats(ctx: CrmContext, filter: CallFilter): Promise<CallStats> {
  const stats: CallStats = {
    summary: { totalCalls: 0, totalDuration: 0, inboundCalls: 0, outboundCalls: 0, missedCalls: 0 },
    byHour: Array(24).fill(0),
    byDayOfWeek: Array(7).fill(0),
    byDate: new Map(),
    buckets: Array(5).fill(0),
  };
  const queries = await callStatsQueries(ctx, filter);
  if (!queries) return stats;
  const db = await getDb();
  const results = await Promise.all(queries.map((q) => db.$queryRaw<StatsRow[]>(q)));
  // GROUPING bits: hour 4, dow 2, day 1 (a set bit: rolled up).
  for (const row of results.flat()) {
    if (row.grouping === 7) {
      stats.summary.totalCalls += row.totalCalls;
      stats.summary.totalDuration += row.totalDuration;
      stats.summary.inboundCalls += row.inboundCalls;
      stats.summary.outboundCalls += row.outboundCalls;
      stats.summary.missedCalls += row.missedCalls;
      [row.b0, row.b1, row.b2, row.b3, row.b4].forEach((n, i) => (stats.buckets[i]! += n));
    } else if (row.grouping === 3 && row.hour !== null) stats.byHour[row.hour]! += row.totalCalls;
    else if (row.grouping === 5 && row.dow !== null) stats.byDayOfWeek[row.dow]! += row.totalCalls;
    else if (row.grouping === 6 && row.day !== null && row.totalCalls > 0) stats.byDate.set(row.day, (stats.byDate.get(row.day) ?? 0) + row.totalCalls);
  }
  return stats;
}
