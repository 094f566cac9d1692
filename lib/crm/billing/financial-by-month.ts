import { getDb } from "@/lib/db/client";
import { assertMaySeeLedger } from "../access/access";
import type { CrmContext } from "../context";

export interface MonthFigures {
  /** 1-12. */
  month: number;
  /** Decimal text, exact. */
  income: string;
  expenses: string;
  profit: string;
}

/**
 * Income, expenses and profit for each month of a year, by the same rule as
 * the financial report (transactions dated in the month; payments are income
 * transactions). One grouped SQL statement over the (tenantId, date) index;
 * months without transactions answer zeros.
 */
export async function financialByMonth(ctx: CrmContext, year: number): Promise<MonthFigures[]> {
  assertMaySeeLedger(ctx);
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));
  const db = await getDb();
  const rows = await db.$queryRaw<{ month: number; income: string; expenses: string; profit: string }[]>`
    WITH months AS (SELECT generate_series(1, 12)::int AS month),
    sums AS (
      SELECT EXTRACT(MONTH FROM "date")::int AS month,
             COALESCE(SUM("amount") FILTER (WHERE "type" = 'income'), 0) AS income,
             COALESCE(SUM("amount") FILTER (WHERE "type" = 'expense'), 0) AS expenses
      FROM "Transaction"
      WHERE "tenantId" = ${ctx.tenantId}::uuid AND "date" >= ${from}::date AND "date" < ${to}::date
      GROUP BY 1
    )
    SELECT months.month,
           COALESCE(sums.income, 0)::numeric(14, 2)::text AS income,
           COALESCE(sums.expenses, 0)::numeric(14, 2)::text AS expenses,
           (COALESCE(sums.income, 0) - COALESCE(sums.expenses, 0))::numeric(14, 2)::text AS profit
    FROM months LEFT JOIN sums ON sums.month = months.month
    ORDER BY months.month`;
  return rows.map((row) => ({ month: Number(row.month), income: row.income, expenses: row.expenses, profit: row.profit }));
}
