import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { countCustomerSegments, type SegmentCount } from "../customers/customer-segments";
import { HEALTH_BAND_FLOORS } from "../customers/health-parts";
import { healthScoreSql, healthValuesSql } from "../customers/health-sql";
import { rangeSql, type ReportRange } from "./report-range";

export interface CustomerReport {
  /** Customers created in the range (all customers without a range). */
  total: number;
  byType: { type: string; count: number }[];
  byStatus: { status: string; count: number }[];
  /** Current state of all customers (segments and health are not time-ranged). */
  bySegment: SegmentCount[];
  health: { averageScore: number | null; healthy: number; atRisk: number; critical: number };
  /** Orders placed in the range, cancelled ones excluded; exact decimal strings. */
  revenue: {
    total: string;
    orders: number;
    averageOrderValue: string | null;
    byMonth: { month: string; total: string; orders: number }[];
    topCustomers: { customerId: string; name: string; total: string; orders: number }[];
  };
}

/**
 * The customer report: counts by type and status (one GROUP BY GROUPING SETS
 * scan), segments, average health (the health rules evaluated in SQL over
 * aggregated inputs) and revenue from orders (numeric sums, never floats).
 */
export async function getCustomerReport(ctx: CrmContext, range: ReportRange = {}, now = new Date()): Promise<CustomerReport> {
  const db = await getDb();
  const counts = await db.$queryRaw<{ grp: number; type: string | null; status: string | null; count: number }[]>`
    SELECT GROUPING(type, status)::int AS grp, type::text AS type, status::text AS status, count(*)::int AS count
    FROM "Customer" WHERE "tenantId" = ${ctx.tenantId}::uuid ${rangeSql(`"createdAt"`, range)}
    GROUP BY GROUPING SETS ((), (type), (status))`;
  const segments = await countCustomerSegments(ctx, now);
  const [health] = await db.$queryRaw<{ average: number | null; healthy: number; at_risk: number; critical: number }[]>`
    SELECT round(avg(score), 1)::float8 AS average,
      (count(*) FILTER (WHERE score >= ${HEALTH_BAND_FLOORS.healthy}))::int AS healthy,
      (count(*) FILTER (WHERE score >= ${HEALTH_BAND_FLOORS.at_risk} AND score < ${HEALTH_BAND_FLOORS.healthy}))::int AS at_risk,
      (count(*) FILTER (WHERE score < ${HEALTH_BAND_FLOORS.at_risk}))::int AS critical
    FROM (SELECT ${healthScoreSql("hv")} AS score FROM (${healthValuesSql(ctx.tenantId, now)}) hv) scores`;
  const orderWhere = rangeSql(`o."orderDate"`, range);
  const revenueRows = await db.$queryRaw<{ month: string | null; total: string; orders: number; average: string | null }[]>`
    SELECT to_char(date_trunc('month', o."orderDate"), 'YYYY-MM') AS month, COALESCE(sum(o.total), 0)::text AS total, count(*)::int AS orders,
      round(avg(o.total), 2)::text AS average
    FROM "Order" o WHERE o."tenantId" = ${ctx.tenantId}::uuid AND o.status <> 'cancelled' ${orderWhere}
    GROUP BY GROUPING SETS ((), (date_trunc('month', o."orderDate")))
    ORDER BY 1 NULLS FIRST`;
  const top = await db.$queryRaw<{ customerId: string; name: string; total: string; orders: number }[]>`
    SELECT o."customerId", c.name, sum(o.total)::text AS total, count(*)::int AS orders
    FROM "Order" o JOIN "Customer" c ON c.id = o."customerId"
    WHERE o."tenantId" = ${ctx.tenantId}::uuid AND o.status <> 'cancelled' ${orderWhere}
    GROUP BY o."customerId", c.name ORDER BY sum(o.total) DESC, c.name LIMIT 5`;

  const all = counts.find((row) => row.grp === 3);
  const revenueTotal = revenueRows.find((row) => row.month === null);
  return {
    total: all?.count ?? 0,
    byType: counts.filter((row) => row.grp === 1).map((row) => ({ type: row.type ?? "unknown", count: row.count })).sort((a, b) => b.count - a.count),
    byStatus: counts.filter((row) => row.grp === 2).map((row) => ({ status: row.status ?? "unknown", count: row.count })).sort((a, b) => b.count - a.count),
    bySegment: segments.segments,
    health: { averageScore: health?.average ?? null, healthy: health?.healthy ?? 0, atRisk: health?.at_risk ?? 0, critical: health?.critical ?? 0 },
    revenue: {
      total: money(revenueTotal?.total ?? "0"),
      orders: revenueTotal?.orders ?? 0,
      averageOrderValue: revenueTotal?.average ? money(revenueTotal.average) : null,
      byMonth: revenueRows.flatMap((row) => (row.month ? [{ month: row.month, total: money(row.total), orders: row.orders }] : [])),
      topCustomers: top.map((row) => ({ ...row, total: money(row.total) })),
    },
  };
}

/** numeric text → 2 decimals, without passing through a float. */
function money(text: string): string {
  const [whole = "0", fraction = ""] = text.split(".");
  return `${whole}.${(fraction + "00").slice(0, 2)}`;
}
