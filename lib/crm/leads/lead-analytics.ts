import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";

export interface LeadAnalyticsRange {
  /** First day, inclusive, "YYYY-MM-DD" (UTC). */
  from: string;
  /** Last day, inclusive, "YYYY-MM-DD" (UTC). */
  to: string;
}

export interface LeadAnalytics {
  totalLeads: number;
  convertedLeads: number;
  /** converted / total, 0-1 (0 when there are no leads). */
  conversionRate: number;
  bySource: Record<string, number>;
  byStatus: Record<string, number>;
  /** Every day of the range, zeros included. */
  daily: { date: string; count: number }[];
}

/** Statuses that count as converted: the lead became a customer, or the deal was won. */
const CONVERTED_STATUSES = ["converted", "won"];
/** Always present in the answer (zeros included), as the gateway seed lists them. */
const SEED_SOURCES = ["website", "social", "referral", "email", "phone"];
const SEED_STATUSES = ["new", "contacted", "qualified", "converted", "lost"];

/**
 * Leads created in a range of UTC days, counted in SQL (one pass per
 * breakdown over the (tenantId, createdAt) index; days from generate_series
 * so that days without leads appear with 0). Test data counts like any lead.
 */
export async function leadAnalytics(ctx: CrmContext, range: LeadAnalyticsRange): Promise<LeadAnalytics> {
  const db = await getDb();
  // Sequential on purpose: on the embedded database one connection serves all.
  const totals = await db.$queryRaw<{ total: number; converted: number }[]>`
    SELECT count(*)::int AS "total",
           count(*) FILTER (WHERE "status"::text = ANY(${CONVERTED_STATUSES}::text[]))::int AS "converted"
    FROM "Lead"
    WHERE "tenantId" = ${ctx.tenantId}::uuid
      AND "createdAt" >= ${range.from}::date AND "createdAt" < ${range.to}::date + 1`;
  const sources = await db.$queryRaw<{ key: string | null; count: number }[]>`
    SELECT "source"::text AS "key", count(*)::int AS "count"
    FROM "Lead"
    WHERE "tenantId" = ${ctx.tenantId}::uuid
      AND "createdAt" >= ${range.from}::date AND "createdAt" < ${range.to}::date + 1
    GROUP BY "source"`;
  const statuses = await db.$queryRaw<{ key: string; count: number }[]>`
    SELECT "status"::text AS "key", count(*)::int AS "count"
    FROM "Lead"
    WHERE "tenantId" = ${ctx.tenantId}::uuid
      AND "createdAt" >= ${range.from}::date AND "createdAt" < ${range.to}::date + 1
    GROUP BY "status"`;
  const daily = await db.$queryRaw<{ date: string; count: number }[]>`
    SELECT to_char(day, 'YYYY-MM-DD') AS "date", coalesce(per_day."count", 0)::int AS "count"
    FROM generate_series(${range.from}::date, ${range.to}::date, interval '1 day') AS day
    LEFT JOIN (
      SELECT date_trunc('day', "createdAt")::date AS "created", count(*) AS "count"
      FROM "Lead"
      WHERE "tenantId" = ${ctx.tenantId}::uuid
        AND "createdAt" >= ${range.from}::date AND "createdAt" < ${range.to}::date + 1
      GROUP BY 1
    ) AS per_day ON per_day."created" = day::date
    ORDER BY day`;

  const total = totals[0]?.total ?? 0;
  const converted = totals[0]?.converted ?? 0;
  return {
    totalLeads: total,
    convertedLeads: converted,
    conversionRate: total === 0 ? 0 : Math.round((converted / total) * 10_000) / 10_000,
    bySource: breakdown(
      SEED_SOURCES,
      sources.map((row) => ({ key: row.key ?? "unknown", count: row.count })),
    ),
    byStatus: breakdown(SEED_STATUSES, statuses),
    daily,
  };
}

function breakdown(always: string[], rows: { key: string; count: number }[]): Record<string, number> {
  const result: Record<string, number> = Object.fromEntries(always.map((key) => [key, 0]));
  for (const row of rows) result[row.key] = (result[row.key] ?? 0) + row.count;
  return result;
}
