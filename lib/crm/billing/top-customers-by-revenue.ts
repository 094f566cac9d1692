import { getDb } from "@/lib/db/client";
import { assertMaySeeLedger } from "../access/access";
import type { CrmContext } from "../context";

export interface CustomerRevenue {
  customerId: string;
  customerSeq: number;
  name: string;
  /** Decimal text, exact. */
  revenue: string;
  payments: number;
}

/**
 * The customers who paid the most in a year (or one month of it): income
 * transactions linked to a customer, summed and ranked in SQL.
 */
export async function topCustomersByRevenue(ctx: CrmContext, period: { year: number; month?: number; limit?: number }): Promise<CustomerRevenue[]> {
  assertMaySeeLedger(ctx);
  const from = new Date(Date.UTC(period.year, period.month ? period.month - 1 : 0, 1));
  const to = period.month ? new Date(Date.UTC(period.year, period.month, 1)) : new Date(Date.UTC(period.year + 1, 0, 1));
  const limit = Math.min(Math.max(period.limit ?? 5, 1), 50);
  const db = await getDb();
  const rows = await db.$queryRaw<{ customerId: string; customerSeq: number; name: string; revenue: string; payments: bigint }[]>`
    SELECT c."id"::text AS "customerId", c."seq" AS "customerSeq", c."name", t.revenue::text AS revenue, t.payments
    FROM (
      SELECT "customerId", SUM("amount") AS revenue, COUNT(*) AS payments
      FROM "Transaction"
      WHERE "tenantId" = ${ctx.tenantId}::uuid AND "type" = 'income' AND "customerId" IS NOT NULL
        AND "date" >= ${from}::date AND "date" < ${to}::date
      GROUP BY "customerId"
      ORDER BY revenue DESC
      LIMIT ${limit}
    ) t
    JOIN "Customer" c ON c."id" = t."customerId" AND c."tenantId" = ${ctx.tenantId}::uuid
    ORDER BY t.revenue DESC, c."seq"`;
  return rows.map((row) => ({ ...row, customerSeq: Number(row.customerSeq), payments: Number(row.payments) }));
}
