import type { Metadata } from "next";
import { QuoteForm } from "@/components/billing/quote-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { EMPTY_LINE } from "@/lib/crm/billing/document-form";
import { todayUtc } from "@/lib/crm/billing/invoice-record";
import { mayWriteQuotes } from "@/lib/crm/billing/money-access";
import { getTenantCurrency } from "@/lib/crm/tenants/get-tenant-currency";
import { searchCustomersAction, searchProductsAction } from "../../invoices/search-actions";
import { createQuoteAction } from "../actions";

export const metadata: Metadata = { title: "New quote" };

const DAY = 86_400_000;

export default async function NewQuotePage() {
  const { ctx } = await requireUser();
  if (!mayWriteQuotes(ctx)) return <Alert tone="info">Analysts can read quotes but not write them.</Alert>;
  const currency = await getTenantCurrency(ctx);
  return (
    <div className="space-y-5">
      <PageHeader title="New quote" description={`Numbered QUO-<year>-<NNN> when saved; amounts in ${currency}. It starts as a draft.`} />
      <QuoteForm
        currency={currency}
        submitLabel="Create quote"
        initial={{
          customerId: "",
          customerName: "",
          validUntil: new Date(Date.parse(todayUtc()) + 30 * DAY).toISOString().slice(0, 10),
          items: [{ ...EMPTY_LINE }],
          notes: "",
        }}
        save={createQuoteAction}
        searchCustomers={searchCustomersAction}
        searchProducts={searchProductsAction}
      />
    </div>
  );
}
