import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertMaySeeWorkspaceReports } from "../access/access";
import type { CrmContext } from "../context";
import { customerSegmentsSql, segmentSummary, type SegmentCount } from "../customers/customer-segments";
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
 * scan), segments and average health (one pass: the health rules evaluated
 * in SQL over aggregated inputs) and revenue from orders (numeric sums, never floats).
 */
/** The statements the customer report runs (exported for the benchmark, which times them raw). */
export function customerReportSql(tenantId: string, range: ReportRange, now: Date) {
  const orderWhere = rangeSql(`o."orderDate"`, range);
  return {
    counts: Prisma.sql`
      SELECT GROUPING(type, status)::int AS grp, type::text AS type, status::text AS status, count(*)::int AS count
      FROM "Customer" WHERE "tenantId" = ${tenantId}::uuid ${rangeSql(`"createdAt"`, range)}
      GROUP BY GROUPING SETS ((), (type), (status))`,
    segments: customerSegmentsSql(tenantId, now),
    revenue: Prisma.sql`
      SELECT to_char(date_trunc('month', o."orderDate"), 'YYYY-MM') AS month, COALESCE(sum(o.total), 0)::text AS total, count(*)::int AS orders,
        round(avg(o.total), 2)::text AS average
      FROM "Order" o WHERE o."tenantId" = ${tenantId}::uuid AND o.status <> 'cancelled' ${orderWhere}
      GROUP BY GROUPING SETS ((), (date_trunc('month', o."orderDate")))
      ORDER BY 1 NULLS FIRST`,
    top: Prisma.sql`
      SELECT o."customerId", c.name, sum(o.total)::text AS total, count(*)::int AS orders
      FROM "Order" o JOIN "Customer" c ON c.id = o."customerId"
      WHERE o."tenantId" = ${tenantId}::uuid AND o.status <> 'cancelled' ${orderWhere}
      GROUP BY o."customerId", c.name ORDER BY sum(o.total) DESC, c.name LIMIT 5`,
  };
}

export async function getCustomerReport(ctx: CrmContext, range: ReportRange = {}, now = new Date()): Promise<CustomerReport> {
  assertMaySeeWorkspaceReports(ctx);
  const db = await getDb();
  const sql = customerReportSql(ctx.tenantId, range, now);
  // Sequential: one pool connection per report is kinder to a shared database.
  const counts = await db.$queryRaw<{ grp: number; type: string | null; status: string | null; count: number }[]>(sql.counts);
  const segments = segmentSummary(await db.$queryRaw<Record<string, number>[]>(sql.segments));
  const revenueRows = await db.$queryRaw<{ month: string | null; total: string; orders: number; average: string | null }[]>(sql.revenue);
  const top = await db.$queryRaw<{ customerId: string; name: string; total: string; orders: number }[]>(sql.top);

  const all = counts.find((row) => row.grp === 3);
  const revenueTotal = revenueRows.find((row) => row.month === null);
  return {
    total: all?.count ?? 0,
    byType: counts
      .filter((row) => row.grp === 1)
      .map((row) => ({ type: row.type ?? "unknown", count: row.count }))
      .sort((a, b) => b.count - a.count),
    byStatus: counts
      .filter((row) => row.grp === 2)
      .map((row) => ({ status: row.status ?? "unknown", count: row.count }))
      .sort((a, b) => b.count - a.count),
    bySegment: segments.segments,
    health: segments.health,
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
