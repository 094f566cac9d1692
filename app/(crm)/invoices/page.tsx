import type { Metadata } from "next";
import Link from "next/link";
import { CustomerFilterPicker } from "@/components/billing/customer-filter-picker";
import { InvoiceStatusBadge } from "@/components/billing/invoice-status-badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { Input } from "@/components/ui/field";
import { formatDay } from "@/components/ui/format-date";
import { formatMoney } from "@/components/ui/format-money";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { browseInvoices, type InvoiceRow } from "@/lib/crm/billing/browse-invoices";
import { INVOICE_TABS, type InvoiceTab } from "@/lib/crm/billing/invoice-browse-filter";
import { invoiceTabTotals } from "@/lib/crm/billing/invoice-tab-totals";
import { mayManageMoney } from "@/lib/crm/billing/money-access";
import { getTenantCurrency } from "@/lib/crm/tenants/get-tenant-currency";
import { invoiceListQuery } from "./invoice-list-query";
import { searchCustomersAction } from "./search-actions";

export const metadata: Metadata = { title: "Invoices" };

const PAGE_SIZE = 25;

const TAB_LABELS: Record<InvoiceTab, string> = { all: "All", unpaid: "Unpaid", partially_paid: "Partially Paid", paid: "Paid", overdue: "Overdue" };

export default async function InvoicesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { ctx } = await requireUser();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined]));
  const query = invoiceListQuery.parse(raw);
  const filter = { customerId: query.customer, dateFrom: query.from, dateTo: query.to, search: query.search };
  const [currency, totals, page] = await Promise.all([
    getTenantCurrency(ctx),
    invoiceTabTotals(ctx, filter),
    browseInvoices(ctx, { ...filter, tab: query.tab, cursor: query.cursor, limit: PAGE_SIZE }),
  ]);
  const money = (value: string) => formatMoney(value, currency, { cents: true });
  const kept = Object.entries({ customer: query.customer, customerName: query.customerName, from: query.from, to: query.to, search: query.search }).filter(
    ([, v]) => v,
  ) as [string, string][];
  const href = (extra: Record<string, string>) => `/invoices?${new URLSearchParams({ ...Object.fromEntries(kept), ...extra }).toString()}`;
  const filtered = kept.length > 0;

  return (
    <div className="space-y-5">
      <PageHeader
        title="Invoices"
        description="Every invoice of the workspace, newest first, with what is still due."
        actions={
          mayManageMoney(ctx) && (
            <Link
              href="/invoices/new"
              className="inline-flex items-center rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 focus-visible:outline-none"
            >
              New invoice
            </Link>
          )
        }
      />
      <nav aria-label="Invoice status" className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5" data-testid="invoice-tabs">
        {INVOICE_TABS.map((tab) => {
          const total = totals[tab];
          const active = query.tab === tab;
          const shown = tab === "all" || tab === "paid" ? total.amount : total.balance;
          return (
            <Link
              key={tab}
              href={href(tab === "all" ? {} : { tab })}
              aria-current={active ? "page" : undefined}
              data-testid={`tab-${tab}`}
              className={cn(
                "rounded-lg border bg-white px-3 py-2 shadow-sm focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none",
                active ? "border-brand-500 ring-1 ring-brand-500" : "border-slate-200 hover:border-slate-300",
                tab === "all" && "col-span-2 sm:col-span-1",
              )}
            >
              <span className={cn("flex items-center justify-between text-xs font-medium", tab === "overdue" ? "text-red-700" : "text-slate-500")}>
                {TAB_LABELS[tab]}
                <span className="rounded-full bg-slate-100 px-1.5 text-slate-600 tabular-nums">{total.count}</span>
              </span>
              <span className="mt-0.5 block text-base font-semibold text-slate-900 tabular-nums">{money(shown)}</span>
              <span className="block text-xs text-slate-400">{tab === "all" || tab === "paid" ? "invoiced" : "due"}</span>
            </Link>
          );
        })}
      </nav>
      <form method="get" role="search" aria-label="Filter invoices" className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-end">
        {query.tab !== "all" && <input type="hidden" name="tab" value={query.tab} />}
        {query.customer && <input type="hidden" name="customer" value={query.customer} />}
        {query.customerName && <input type="hidden" name="customerName" value={query.customerName} />}
        <label className="col-span-2 text-xs font-medium text-slate-600 sm:col-span-1">
          Search
          <Input name="search" type="search" defaultValue={query.search ?? ""} placeholder="Number or customer" className="mt-1 sm:w-56" />
        </label>
        <label className="text-xs font-medium text-slate-600">
          From
          <Input name="from" type="date" defaultValue={query.from ?? ""} className="mt-1 sm:w-40" />
        </label>
        <label className="text-xs font-medium text-slate-600">
          To
          <Input name="to" type="date" defaultValue={query.to ?? ""} className="mt-1 sm:w-40" />
        </label>
        <div className="flex items-end gap-2">
          <Button type="submit" variant="secondary">
            Apply
          </Button>
          {(filtered || query.tab !== "all") && (
            <Link href="/invoices" className="px-2 py-2 text-sm text-slate-500 hover:text-slate-800">
              Reset
            </Link>
          )}
        </div>
      </form>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-xs font-medium text-slate-600">Customer</span>
        {query.customer ? (
          <span className="text-brand-800 inline-flex items-center gap-2 rounded-full bg-brand-50 px-3 py-1" data-testid="customer-filter">
            {query.customerName ?? "One customer"}
            <Link
              href={`/invoices?${new URLSearchParams(kept.filter(([k]) => k !== "customer" && k !== "customerName").concat(query.tab !== "all" ? [["tab", query.tab]] : [])).toString()}`}
              aria-label="Any customer"
              className="hover:text-brand-900 text-brand-700"
            >
              ×
            </Link>
          </span>
        ) : (
          <CustomerFilterPicker searchCustomers={searchCustomersAction} basePath="/invoices" />
        )}
      </div>
      <DataTable<InvoiceRow>
        testId="invoices-table"
        rows={page.rows}
        rowKey={(row) => row.id}
        empty={
          <EmptyState title={filtered || query.tab !== "all" ? "No invoice matches" : "No invoices yet"}>
            {filtered || query.tab !== "all"
              ? "Try another tab, customer, date range or search."
              : "Invoices come from this page, converted quotes and the suite API."}
          </EmptyState>
        }
        columns={[
          {
            header: "Number",
            cell: (row) => (
              <div>
                <Link href={`/invoices/${row.id}`} className="font-medium whitespace-nowrap text-slate-900 hover:text-brand-700 hover:underline">
                  {row.number}
                </Link>
                <p className="text-xs text-slate-500 sm:hidden">{row.customerName}</p>
              </div>
            ),
          },
          {
            header: "Customer",
            hideBelow: "sm",
            cell: (row) => (
              <Link
                href={href({ customer: row.customerId, customerName: row.customerName })}
                className="hover:text-brand-700 hover:underline"
                title="Only this customer"
              >
                {row.customerName}
              </Link>
            ),
          },
          { header: "Date", hideBelow: "md", className: "whitespace-nowrap", cell: (row) => formatDay(row.issueDate) },
          {
            header: "Due",
            hideBelow: "md",
            className: "whitespace-nowrap",
            cell: (row) => <span className={row.overdue ? "font-medium text-red-700" : undefined}>{formatDay(row.dueDate)}</span>,
          },
          { header: "Status", cell: (row) => <InvoiceStatusBadge status={row.status} overdue={row.overdue} /> },
          {
            header: "Amount",
            hideBelow: "lg",
            className: "text-right tabular-nums whitespace-nowrap",
            cell: (row) => formatMoney(row.amount, row.currency, { cents: true }),
          },
          { header: "Balance", className: "text-right tabular-nums whitespace-nowrap", cell: (row) => formatMoney(row.balance, row.currency, { cents: true }) },
        ]}
        footer={
          <KeysetPager
            shown={page.rows.length}
            later={Boolean(query.cursor)}
            firstHref={href(query.tab === "all" ? {} : { tab: query.tab })}
            nextHref={page.nextCursor ? href({ ...(query.tab === "all" ? {} : { tab: query.tab }), cursor: page.nextCursor }) : null}
          />
        }
      />
    </div>
  );
}
