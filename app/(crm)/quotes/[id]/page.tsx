import type { Metadata } from "next";
import Link from "next/link";
import { BillingDocument } from "@/components/billing/billing-document";
import { QuoteActions } from "@/components/billing/quote-actions";
import { QuoteStatusBadge } from "@/components/billing/quote-status-badge";
import { formatDay } from "@/components/ui/format-date";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { mayManageMoney, mayWriteQuotes } from "@/lib/crm/billing/money-access";
import { quoteMoves } from "@/lib/crm/billing/move-quote";
import { getTenantCurrency } from "@/lib/crm/tenants/get-tenant-currency";
import { convertQuoteAction, moveQuoteAction } from "../actions";
import { quoteDocumentByNumber } from "./quote-by-number";

export const metadata: Metadata = { title: "Quote" };

export default async function QuotePage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx } = await requireUser();
  const quote = await quoteDocumentByNumber(ctx, (await params).id);
  const currency = await getTenantCurrency(ctx);
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
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
        <BillingDocument
          kind="Quote"
          number={quote.number ?? `Quote #${quote.seq}`}
          seq={quote.seq}
          from={quote.tenant.name}
          to={quote.customer}
          status={
            <span data-testid="quote-status">
              <QuoteStatusBadge status={quote.status} />
            </span>
          }
          facts={[
            { label: "Quote date", value: formatDay(quote.createdAt) },
            { label: "Valid until", value: formatDay(quote.validUntil) },
            { label: "Currency", value: currency },
          ]}
          currency={currency}
          items={quote.items}
          totals={[
            { label: "Subtotal", value: quote.subtotal },
            { label: "Tax", value: quote.taxTotal },
            { label: "Total", value: quote.amount, strong: true, testId: "quote-total" },
          ]}
          notes={quote.notes}
        />
      </div>
    </div>
  );
}
