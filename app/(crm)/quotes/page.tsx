import type { Metadata } from "next";
import Link from "next/link";
import { QUOTE_STATUS_LABELS, QuoteStatusBadge } from "@/components/billing/quote-status-badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/field";
import { formatDay } from "@/components/ui/format-date";
import { formatMoney } from "@/components/ui/format-money";
import { LinkButton } from "@/components/ui/link-button";
import { LinkTabs } from "@/components/ui/link-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requireUser } from "@/lib/auth/current-user";
import { browseQuotes } from "@/lib/crm/billing/browse-quotes";
import { countQuotesByStatus } from "@/lib/crm/billing/count-quotes-by-status";
import { mayWriteQuotes } from "@/lib/crm/billing/money-access";
import type { QuoteRecord } from "@/lib/crm/billing/quote-record";
import { getTenantCurrency } from "@/lib/crm/tenants/get-tenant-currency";
import { queryOf, readPageQuery, withQuery, type SearchParams } from "@/lib/http/page-query";
import { QUOTE_STATUSES, quoteListQuery } from "./quote-list-query";

export const metadata: Metadata = { title: "Quotes" };

const PAGE_SIZE = 20;

export default async function QuotesPage({ searchParams }: { searchParams: SearchParams }) {
  const { ctx } = await requireUser();
  const query = await readPageQuery(searchParams, quoteListQuery);
  const currency = await getTenantCurrency(ctx);
  const counts = await countQuotesByStatus(ctx, { search: query.search });
  const { quotes, total } = await browseQuotes(ctx, { status: query.status, search: query.search, page: query.page, limit: PAGE_SIZE });
  const all = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const kept = queryOf({ search: query.search });
  const base = queryOf({ status: query.status, search: query.search });
  const mayWrite = mayWriteQuotes(ctx);

  return (
    <div className="space-y-5">
      <PageHeader
        title="Quotes"
        description="Offers to customers: send, accept or decline them, and turn an accepted one into an invoice."
        actions={mayWrite && <LinkButton href="/quotes/new">New quote</LinkButton>}
      />
      <LinkTabs
        label="Quote status"
        tabs={[
          { href: withQuery("/quotes", kept), label: "All", count: all, active: !query.status },
          ...QUOTE_STATUSES.map((status) => ({
            href: withQuery("/quotes", new URLSearchParams([...kept, ["status", status]])),
            label: QUOTE_STATUS_LABELS[status],
            count: counts[status],
            active: query.status === status,
          })),
        ]}
      />
      <form method="get" role="search" aria-label="Search quotes" className="flex flex-wrap items-end gap-2">
        {query.status && <input type="hidden" name="status" value={query.status} />}
        <label className="w-full text-xs font-medium text-slate-600 sm:w-auto">
          Search
          <Input name="search" type="search" defaultValue={query.search ?? ""} placeholder="Number or customer" className="mt-1 sm:w-64" />
        </label>
        <Button type="submit" variant="secondary">
          Search
        </Button>
        {query.search && (
          <Link href={withQuery("/quotes", queryOf({ status: query.status }))} className="px-2 py-2 text-sm text-slate-500 hover:text-slate-800">
            Clear
          </Link>
        )}
      </form>
      <DataTable<QuoteRecord>
        testId="quotes-table"
        rows={quotes}
        rowKey={(q) => q.id}
        empty={
          <EmptyState
            title={query.search || query.status ? "No quote matches" : "No quotes yet"}
            action={
              mayWrite && !query.search && !query.status ? (
                <Link href="/quotes/new" className="text-sm font-medium text-brand-700 hover:underline">
                  Write the first quote
                </Link>
              ) : undefined
            }
          >
            {query.search || query.status ? "Try another status or search." : "Quotes carry line items like invoices and become one when accepted."}
          </EmptyState>
        }
        columns={[
          {
            header: "Quote",
            cell: (q) => (
              <div className="min-w-0">
                <Link href={`/quotes/${q.seq}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                  {q.number ?? `Quote #${q.seq}`}
                </Link>
                <p className="truncate text-xs text-slate-500">{q.customer.name}</p>
              </div>
            ),
          },
          {
            header: "Status",
            cell: (q) => (
              <span className="inline-flex flex-wrap items-center gap-1">
                <QuoteStatusBadge status={q.status} />
                {q.invoice && (
                  <Link href={`/invoices/${q.invoice.id}`} className="text-xs text-brand-700 hover:underline">
                    → {q.invoice.number}
                  </Link>
                )}
              </span>
            ),
          },
          { header: "Valid until", hideBelow: "md", className: "whitespace-nowrap text-slate-600", cell: (q) => formatDay(q.validUntil) },
          { header: "Created", hideBelow: "lg", className: "whitespace-nowrap text-xs text-slate-500", cell: (q) => formatDay(q.createdAt) },
          {
            header: "Amount",
            className: "text-right tabular-nums whitespace-nowrap font-medium",
            cell: (q) => formatMoney(q.amount.toFixed(2), currency, { cents: true }),
          },
        ]}
        footer={<Pager path="/quotes" query={base} page={query.page} pageCount={Math.ceil(total / PAGE_SIZE)} shown={quotes.length} />}
      />
    </div>
  );
}
