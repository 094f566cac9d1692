import { z } from "zod";
import { financialReport } from "@/lib/crm/billing/financial-report";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { moneyOut } from "./wire-values";

export const getSuiteFinancialReport = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/reports/financial",
  summary: "Financial summary",
  description:
    "For a `year` (default: the current UTC year) or one `month` of it. `income`/`expenses`: sums of Income/Expense transactions dated in the period (invoice payments are Income transactions, counted once); `profit` = income − expenses; `outstanding_invoices`: today's unpaid balance of invoices issued in the period. Exact decimals, computed in SQL. `period` echoes the dates covered (end exclusive).",
  auth: "tenant",
  scope: "read:billing",
  query: z.object({
    year: z.coerce
      .number({ error: "Year must be a number" })
      .int("Year must be a whole number")
      .min(1970, "Year must be between 1970 and 2100")
      .max(2100, "Year must be between 1970 and 2100")
      .optional(),
    month: z.coerce
      .number({ error: "Month must be a number" })
      .int("Month must be between 1 and 12")
      .min(1, "Month must be between 1 and 12")
      .max(12, "Month must be between 1 and 12")
      .optional(),
  }),
  response: z.object({
    success: z.literal(true),
    data: z.object({
      income: z.number(),
      expenses: z.number(),
      profit: z.number(),
      outstanding_invoices: z.number(),
      period: z.object({ year: z.number().int(), month: z.number().int().nullable(), from: z.string(), to: z.string() }),
    }),
  }),
  async handler({ ctx, query }) {
    const year = query.year ?? new Date().getUTCFullYear();
    const report = await financialReport(ctx, { year, month: query.month });
    return {
      success: true as const,
      data: {
        income: moneyOut(report.income),
        expenses: moneyOut(report.expenses),
        profit: moneyOut(report.profit),
        outstanding_invoices: moneyOut(report.outstandingInvoices),
        period: { year, month: query.month ?? null, from: report.from, to: report.to },
      },
    };
  },
});
