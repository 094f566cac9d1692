import type { InvoiceDocument as InvoiceDoc } from "@/lib/crm/billing/get-invoice-document";
import { formatDay } from "../ui/format-date";
import { BillingDocument } from "./billing-document";
import { InvoiceStatusBadge } from "./invoice-status-badge";

/** The invoice as a document (the shared BillingDocument), on its page and in the print view. */
export function InvoiceDocument({ invoice, overdue }: { invoice: InvoiceDoc; overdue: boolean }) {
  return (
    <BillingDocument
      kind="Invoice"
      number={invoice.number}
      seq={invoice.seq}
      from={invoice.tenant.name}
      to={invoice.customer}
      status={<InvoiceStatusBadge status={invoice.status} overdue={overdue} />}
      facts={[
        { label: "Invoice date", value: formatDay(invoice.issueDate) },
        { label: "Due date", value: formatDay(invoice.dueDate), alert: overdue },
        { label: "Currency", value: invoice.currency },
      ]}
      currency={invoice.currency}
      items={invoice.items}
      totals={[
        { label: "Subtotal", value: invoice.subtotal },
        { label: "Tax", value: invoice.taxTotal },
        { label: "Total", value: invoice.amount, strong: true, testId: "invoice-total" },
        { label: "Paid", value: invoice.amountPaid, testId: "invoice-paid" },
        { label: "Balance due", value: invoice.balance, strong: true, testId: "invoice-balance" },
      ]}
      notes={invoice.notes}
    />
  );
}
