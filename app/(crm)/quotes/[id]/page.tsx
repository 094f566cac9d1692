import type { Metadata } from "next";
import Link from "next/link";
import { QuoteActions } from "@/components/billing/quote-actions";
import { QuoteStatusBadge } from "@/components/billing/quote-status-badge";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { formatDay } from "@/components/ui/format-date";
import { formatMoney } from "@/components/ui/format-money";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { mayManageMoney, mayWriteQuotes } from "@/lib/crm/billing/money-access";
import { quoteMoves } from "@/lib/crm/billing/move-quote";
import { getTenantCurrency } from "@/lib/crm/tenants/get-tenant-currency";
import { convertQuoteAction, moveQuoteAction } from "../actions";
import { quoteByNumber } from "./quote-by-number";

export const metadata: Metadata = { title: "Quote" };

export default async function QuotePage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx } = await requireUser();
  const quote = await quoteByNumber(ctx, (await params).id);
  const currency = await getTenantCurrency(ctx);
  const money = (value: { toFixed(places: number): string }) => formatMoney(value.toFixed(2), currency, { cents: true });
  const mayWrite = mayWriteQuotes(ctx);
  const converted = Boolean(quote.invoice);
  const convertible = !converted && quote.status !== "declined" && quote.status !== "expired";

  return (
    <div className="space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/quotes" className="text-brand-700 hover:underline">
          ← Quotes
        </Link>
      </nav>
      <PageHeader
        title={quote.number ?? `Quote #${quote.seq}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <span data-testid="quote-status">
              <QuoteStatusBadge status={quote.status} />
            </span>
            <Link href={`/customers/${quote.customer.id}`} className="text-brand-700 hover:underline">
              {quote.customer.name}
            </Link>
            <span>valid until {formatDay(quote.validUntil)}</span>
          </span>
        }
        actions={
          mayWrite &&
          !converted && (
            <LinkButton href={`/quotes/${quote.seq}/edit`} variant="secondary">
              Edit
            </LinkButton>
          )
        }
      />
      {(mayWrite || converted) && (
        <QuoteActions
          moves={mayWrite ? quoteMoves(quote.status, converted) : []}
          mayConvert={convertible && mayManageMoney(ctx)}
          invoice={quote.invoice ? { id: quote.invoice.id, number: quote.invoice.number } : null}
          move={moveQuoteAction.bind(null, quote.seq)}
          convert={convertQuoteAction.bind(null, quote.seq)}
        />
      )}
      <Card title="Items">
        <div className="-mx-5 overflow-x-auto">
          <table className="min-w-full text-sm" data-testid="quote-items">
            <thead className="bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
              <tr>
                <th scope="col" className="px-5 py-2 text-left font-medium">
                  Description
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  Qty
                </th>
                <th scope="col" className="hidden px-3 py-2 text-right font-medium sm:table-cell">
                  Unit
                </th>
                <th scope="col" className="hidden px-3 py-2 text-right font-medium sm:table-cell">
                  Tax
                </th>
                <th scope="col" className="px-5 py-2 text-right font-medium">
                  Total
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {quote.items.map((item, i) => (
                <tr key={i}>
                  <td className="px-5 py-2">{item.description}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{item.qty.toString()}</td>
                  <td className="hidden px-3 py-2 text-right tabular-nums sm:table-cell">{money(item.amount)}</td>
                  <td className="hidden px-3 py-2 text-right tabular-nums sm:table-cell">{item.taxRate.toFixed(2).replace(/\.00$/, "")}%</td>
                  <td className="px-5 py-2 text-right tabular-nums">{money(item.lineTotal)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot className="text-sm">
              <TotalRow label="Subtotal" value={money(quote.subtotal)} className="pt-3" />
              <TotalRow label="Tax" value={money(quote.taxTotal)} />
              <TotalRow label="Total" value={money(quote.amount)} className="pb-2 font-semibold text-slate-900" testId="quote-total" />
            </tfoot>
          </table>
        </div>
      </Card>
      {quote.notes && (
        <Card title="Notes">
          <p className="text-sm whitespace-pre-line text-slate-700">{quote.notes}</p>
        </Card>
      )}
    </div>
  );
}

/** A totals line under the items: the label spans the columns shown at each width. */
function TotalRow({ label, value, className = "", testId }: { label: string; value: string; className?: string; testId?: string }) {
  return (
    <tr>
      <th scope="row" colSpan={2} className={cn("px-5 text-right font-normal text-slate-500 sm:hidden", className)}>
        {label}
      </th>
      <th scope="row" colSpan={4} className={cn("hidden px-5 text-right font-normal text-slate-500 sm:table-cell", className)}>
        {label}
      </th>
      <td className={cn("px-5 text-right tabular-nums", className)} data-testid={testId}>
        {value}
      </td>
    </tr>
  );
}
