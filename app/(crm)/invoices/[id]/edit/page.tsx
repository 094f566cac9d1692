import type { Metadata } from "next";
import { loadInvoiceDocument } from "@/components/billing/load-invoice-document";
import { InvoiceForm } from "@/components/billing/invoice-form";
import { MoneyForbidden } from "@/components/billing/money-forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { lineItemRows } from "@/lib/crm/billing/document-form";
import { mayManageMoney } from "@/lib/crm/billing/money-access";
import { updateInvoiceAction } from "../../actions";
import { searchCustomersAction, searchProductsAction } from "../../search-actions";

export const metadata: Metadata = { title: "Edit invoice" };

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? "";

export default async function EditInvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx } = await requireUser();
  if (!mayManageMoney(ctx)) return <MoneyForbidden what="edit invoices" />;
  const { id } = await params;
  const invoice = await loadInvoiceDocument(ctx, id);
  return (
    <div className="space-y-5">
      <PageHeader title={`Edit ${invoice.number}`} description="The number stays; totals are recomputed from the items when saved." />
      <InvoiceForm
        currency={invoice.currency}
        submitLabel="Save invoice"
        itemsLocked={invoice.amountPaid.greaterThan(0)}
        initial={{
          customerId: invoice.customer.id,
          customerName: invoice.customer.name,
          issueDate: day(invoice.issueDate),
          dueDate: day(invoice.dueDate),
          items: lineItemRows(invoice.items),
          notes: invoice.notes ?? "",
        }}
        save={updateInvoiceAction.bind(null, invoice.id)}
        searchCustomers={searchCustomersAction}
        searchProducts={searchProductsAction}
      />
    </div>
  );
}
