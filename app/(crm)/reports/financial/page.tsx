import type { Metadata } from "next";
import Link from "next/link";
import { IncomeExpenseChart, type MonthPoint } from "@/components/reports/income-expense-chart";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { toCents } from "@/components/ui/cents";
import { EmptyState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/field";
import { formatMoney } from "@/components/ui/format-money";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { requireUser } from "@/lib/auth/current-user";
import { financialByMonth } from "@/lib/crm/billing/financial-by-month";
import { financialReport } from "@/lib/crm/billing/financial-report";
import { getTenantCurrency } from "@/lib/crm/tenants/get-tenant-currency";
import { topCustomersByRevenue } from "@/lib/crm/billing/top-customers-by-revenue";
import { readPageQuery, type SearchParams } from "@/lib/http/page-query";
import { financialQuery } from "./financial-query";

export const metadata: Metadata = { title: "Financial report" };

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * Income against expenses for a year, month by month, with profit, what is
 * still owed and who paid most. The headline figures are the same domain
 * function (and SQL) as GET /api/v2/reports/financial.
 */
export default async function FinancialReportPage({ searchParams }: { searchParams: SearchParams }) {
  const { ctx } = await requireUser();
  const thisYear = new Date().getUTCFullYear();
  const { year, month } = await readPageQuery(searchParams, financialQuery(thisYear));
  const currency = await getTenantCurrency(ctx);
  const money = (decimal: string) => formatMoney(decimal, currency, { cents: true });
  const summary = await financialReport(ctx, { year, month });
  const months = await financialByMonth(ctx, year);
  const top = await topCustomersByRevenue(ctx, { year, month, limit: 5 });
  const period = month ? `${MONTH_NAMES[month - 1]} ${year}` : String(year);
  const points: MonthPoint[] = months.map((m) => ({
    label: MONTHS[m.month - 1]!,
    income: toCents(m.income),
    expenses: toCents(m.expenses),
    profit: toCents(m.profit),
    highlighted: m.month === month,
  }));
  const quiet = months.every((m) => m.income === "0.00" && m.expenses === "0.00");
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  if (!years.includes(year)) years.push(year);

  return (
    <div className="space-y-5">
      <PageHeader
        title="Financial report"
        description={`Income, expenses and profit for ${period}: the same figures as GET /api/v2/reports/financial.`}
        actions={
          <form method="get" className="flex flex-wrap items-end gap-2" aria-label="Choose the period">
            <label className="text-xs font-medium text-slate-600">
              Year
              <Select name="year" defaultValue={year} className="mt-1 w-28">
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </Select>
            </label>
            <label className="text-xs font-medium text-slate-600">
              Month
              <Select name="month" defaultValue={month ?? ""} className="mt-1 w-36">
                <option value="">Whole year</option>
                {MONTH_NAMES.map((name, i) => (
                  <option key={name} value={i + 1}>
                    {name}
                  </option>
                ))}
              </Select>
            </label>
            <Button type="submit" variant="secondary">
              Show
            </Button>
          </form>
        }
      />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard label={`Income, ${period}`} value={money(summary.income)} testId="report-income" />
        <StatCard label={`Expenses, ${period}`} value={money(summary.expenses)} testId="report-expenses" />
        <StatCard label="Profit" value={money(summary.profit)} testId="report-profit" hint={summary.profit.startsWith("-") ? "a loss" : undefined} />
        <StatCard
          label="Outstanding invoices"
          value={money(summary.outstandingInvoices)}
          testId="report-outstanding"
          hint={
            <span data-testid="report-overdue" className={summary.overdueInvoices !== "0.00" ? "text-red-700" : undefined}>
              {money(summary.overdueInvoices)} overdue
            </span>
          }
        />
      </div>
      <Card title={`Income and expenses by month, ${year}`} description="Bars: income and expenses booked in the month. Line: profit.">
        {quiet ? (
          <EmptyState title={`Nothing booked in ${year}`}>Record transactions or payments on invoices, or pick another year.</EmptyState>
        ) : (
          <>
            <IncomeExpenseChart points={points} currency={currency} title={`Income, expenses and profit by month, ${year}`} />
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer text-slate-600 hover:text-slate-900">The figures as a table</summary>
              <div className="mt-2 overflow-x-auto">
                <table className="min-w-full text-right text-sm tabular-nums" data-testid="months-table">
                  <thead className="text-xs text-slate-500 uppercase">
                    <tr>
                      <th scope="col" className="py-1 text-left font-medium">
                        Month
                      </th>
                      <th scope="col" className="py-1 font-medium">
                        Income
                      </th>
                      <th scope="col" className="py-1 font-medium">
                        Expenses
                      </th>
                      <th scope="col" className="py-1 font-medium">
                        Profit
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {months.map((m) => (
                      <tr key={m.month} className={m.month === month ? "bg-brand-50" : undefined}>
                        <th scope="row" className="py-1 text-left font-normal">
                          <Link href={`/reports/financial?year=${year}&month=${m.month}`} className="hover:underline">
                            {MONTH_NAMES[m.month - 1]}
                          </Link>
                        </th>
                        <td className="py-1">{money(m.income)}</td>
                        <td className="py-1">{money(m.expenses)}</td>
                        <td className={`py-1 ${m.profit.startsWith("-") ? "text-red-700" : ""}`}>{money(m.profit)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </>
        )}
      </Card>
      <Card title={`Top customers by revenue, ${period}`} description="Payments and income linked to a customer.">
        {top.length === 0 ? (
          <EmptyState title="No customer revenue in this period" />
        ) : (
          <ol className="divide-y divide-slate-100" data-testid="top-customers">
            {top.map((c, i) => (
              <li key={c.customerId} className="flex items-center justify-between gap-3 py-2 text-sm">
                <span className="flex min-w-0 items-center gap-3">
                  <Badge tone={i === 0 ? "green" : "neutral"}>{i + 1}</Badge>
                  <Link href={`/customers/${c.customerId}`} className="truncate font-medium text-slate-900 hover:underline">
                    {c.name}
                  </Link>
                  <span className="hidden text-xs text-slate-500 sm:inline">
                    {c.payments} payment{c.payments === 1 ? "" : "s"}
                  </span>
                </span>
                <span className="font-medium tabular-nums">{money(c.revenue)}</span>
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}
