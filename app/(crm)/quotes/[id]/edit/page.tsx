import type { Metadata } from "next";
import { QuoteForm } from "@/components/billing/quote-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { lineItemRows } from "@/lib/crm/billing/document-form";
import { mayWriteQuotes } from "@/lib/crm/billing/money-access";
import { getTenantCurrency } from "@/lib/crm/tenants/get-tenant-currency";
import { searchCustomersAction, searchProductsAction } from "../../../invoices/search-actions";
import { updateQuoteAction } from "../../actions";
import { quoteByNumber } from "../quote-by-number";

export const metadata: Metadata = { title: "Edit quote" };

export default async function EditQuotePage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx } = await requireUser();
  const quote = await quoteByNumber(ctx, (await params).id);
  if (!mayWriteQuotes(ctx)) return <Alert tone="info">Analysts can read quotes but not change them.</Alert>;
  if (quote.invoice) return <Alert tone="info">This quote became invoice {quote.invoice.number} and can no longer change.</Alert>;
  const currency = await getTenantCurrency(ctx);
  return (
    <div className="space-y-5">
      <PageHeader title={`Edit ${quote.number ?? `quote #${quote.seq}`}`} description="Totals follow the same exact rule as invoices." />
      <QuoteForm
        currency={currency}
        submitLabel="Save quote"
        initial={{
          customerId: quote.customer.id,
          customerName: quote.customer.name,
          validUntil: quote.validUntil ? quote.validUntil.toISOString().slice(0, 10) : "",
          items: lineItemRows(quote.items),
          notes: quote.notes ?? "",
        }}
        save={updateQuoteAction.bind(null, quote.seq)}
        searchCustomers={searchCustomersAction}
        searchProducts={searchProductsAction}
      />
    </div>
  );
}
