import type { Metadata } from "next";
import { MoneyForbidden } from "@/components/billing/money-forbidden";
import { InvoiceForm } from "@/components/billing/invoice-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { EMPTY_LINE } from "@/lib/crm/billing/document-form";
import { todayUtc } from "@/lib/crm/billing/invoice-record";
import { mayManageMoney } from "@/lib/crm/billing/money-access";
import { getTenantCurrency } from "@/lib/crm/tenants/get-tenant-currency";
import { createInvoiceAction } from "../actions";
import { searchCustomersAction, searchProductsAction } from "../search-actions";

export const metadata: Metadata = { title: "New invoice" };

const DAY = 86_400_000;

export default async function NewInvoicePage() {
  const { ctx } = await requireUser();
  if (!mayManageMoney(ctx)) return <MoneyForbidden what="issue invoices" />;
  const currency = await getTenantCurrency(ctx);
  const today = todayUtc();
  return (
    <div className="space-y-5">
      <PageHeader title="New invoice" description={`Numbered INV-<year>-<NNN> when saved; amounts in ${currency}.`} />
      <InvoiceForm
        currency={currency}
        submitLabel="Create invoice"
        initial={{
          customerId: "",
          customerName: "",
          issueDate: today,
          dueDate: new Date(Date.parse(today) + 30 * DAY).toISOString().slice(0, 10),
          items: [{ ...EMPTY_LINE }],
          notes: "",
        }}
        save={createInvoiceAction}
        searchCustomers={searchCustomersAction}
        searchProducts={searchProductsAction}
      />
    </div>
  );
}
