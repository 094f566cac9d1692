import { getDb } from "@/lib/db/client";
import { assertMaySeeLedger } from "../access/access";
import type { CrmContext } from "../context";

export interface FinancialReport {
  /** Inclusive first day and exclusive end of the period, `YYYY-MM-DD`. */
  from: string;
  to: string;
  /** Decimal text, exact. */
  income: string;
  expenses: string;
  profit: string;
  outstandingInvoices: string;
  /** The part of outstandingInvoices already past its due date (pages only; not on the suite wire). */
  overdueInvoices: string;
}

/**
 * Income and expenses: sums of the tenant's transactions dated in the period
 * (payments on invoices are income transactions, so they count once).
 * Outstanding invoices: the unpaid balance today (amount − amount paid) of
 * invoices issued in the period, cancelled ones excluded; overdue: the part of
 * it whose due date has passed (before today, UTC). Profit = income −
 * expenses. One SQL statement each side, numeric all the way (never floats);
 * both use the tenant+date indexes.
 */
export async function financialReport(ctx: CrmContext, period: { year: number; month?: number }): Promise<FinancialReport> {
  assertMaySeeLedger(ctx);
  const from = period.month ? new Date(Date.UTC(period.year, period.month - 1, 1)) : new Date(Date.UTC(period.year, 0, 1));
  const to = period.month ? new Date(Date.UTC(period.year, period.month, 1)) : new Date(Date.UTC(period.year + 1, 0, 1));
  const db = await getDb();
  const rows = await db.$queryRaw<{ income: string; expenses: string; profit: string; outstanding: string; overdue: string }[]>`
    WITH money AS (
      SELECT COALESCE(SUM("amount") FILTER (WHERE "type" = 'income'), 0) AS income,
             COALESCE(SUM("amount") FILTER (WHERE "type" = 'expense'), 0) AS expenses
      FROM "Transaction"
      WHERE "tenantId" = ${ctx.tenantId}::uuid AND "date" >= ${from}::date AND "date" < ${to}::date
    ), open_invoices AS (
      SELECT COALESCE(SUM("amount" - "amountPaid"), 0) AS outstanding,
             COALESCE(SUM("amount" - "amountPaid") FILTER (WHERE "dueDate" < CURRENT_DATE), 0) AS overdue
      FROM "Invoice"
      WHERE "tenantId" = ${ctx.tenantId}::uuid AND "issueDate" >= ${from}::date AND "issueDate" < ${to}::date
        AND "status" IN ('unpaid', 'partially_paid')
    )
    SELECT money.income::text AS income, money.expenses::text AS expenses, (money.income - money.expenses)::text AS profit,
           open_invoices.outstanding::text AS outstanding, open_invoices.overdue::text AS overdue
    FROM money, open_invoices`;
  const row = rows[0] ?? { income: "0", expenses: "0", profit: "0", outstanding: "0", overdue: "0" };
  return {
    from: from.toISOString().slice(0, 10),
    to: to.toISOString().slice(0, 10),
    income: row.income,
    expenses: row.expenses,
    profit: row.profit,
    outstandingInvoices: row.outstanding,
    overdueInvoices: row.overdue,
  };
}
