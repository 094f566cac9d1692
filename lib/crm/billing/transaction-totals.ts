import { getDb } from "@/lib/db/client";
import { assertMaySeeLedger } from "../access/access";
import type { CrmContext } from "../context";
import { addMoney } from "./invoice-totals";
import { transactionWhere, type TransactionFilters } from "./transaction-filters";

export interface TransactionTotals {
  /** Decimal text, exact. */
  income: string;
  expenses: string;
  net: string;
  count: number;
}

/** Income, expenses and their difference for the same filters as the list, summed in SQL (numeric, never floats). */
export async function transactionTotals(ctx: CrmContext, filters: TransactionFilters): Promise<TransactionTotals> {
  assertMaySeeLedger(ctx);
  const db = await getDb();
  const groups = await db.transaction.groupBy({ by: ["type"], where: transactionWhere(ctx, filters), _sum: { amount: true }, _count: { _all: true } });
  const income = groups.find((g) => g.type === "income");
  const expense = groups.find((g) => g.type === "expense");
  const incomeSum = income?._sum.amount?.toFixed(2) ?? "0.00";
  const expenseSum = expense?._sum.amount?.toFixed(2) ?? "0.00";
  return {
    income: incomeSum,
    expenses: expenseSum,
    net: addMoney(incomeSum, expenseSum, -1),
    count: (income?._count._all ?? 0) + (expense?._count._all ?? 0),
  };
}
