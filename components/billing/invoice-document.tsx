import { customerAddressLines, type InvoiceDocument as InvoiceDoc } from "@/lib/crm/billing/get-invoice-document";
import { formatDay } from "../ui/format-date";
import { formatMoney } from "../ui/format-money";
import { InvoiceStatusBadge } from "./invoice-status-badge";

/**
 * The invoice as a document: from and to, number and dates, items, tax,
 * total, paid and balance. The same markup on the invoice page and in the
 * print view (where print styles size it to A4/Letter).
 */
export function InvoiceDocument({ invoice, overdue }: { invoice: InvoiceDoc; overdue: boolean }) {
  const money = (value: { toFixed(places: number): string } | string) =>
    formatMoney(typeof value === "string" ? value : value.toFixed(2), invoice.currency, { cents: true });
  const address = customerAddressLines(invoice.customer);
  const taxed = invoice.items.some((item) => item.taxRate.greaterThan(0));
  return (
    <article className="invoice-document space-y-8 text-sm text-slate-800" aria-label={`Invoice ${invoice.number}`} data-suite-id={invoice.seq}>
      <header className="flex flex-col gap-6 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <p className="text-lg font-semibold text-slate-900">{invoice.tenant.name}</p>
          <p className="text-slate-500">Invoice</p>
        </div>
        <div className="sm:text-right">
          <h2 className="text-2xl font-bold tracking-tight text-slate-900" data-testid="invoice-number">
            {invoice.number}
          </h2>
          <div className="mt-1 sm:flex sm:justify-end">
            <InvoiceStatusBadge status={invoice.status} overdue={overdue} />
          </div>
        </div>
      </header>
      <div className="grid gap-6 sm:grid-cols-2">
        <section aria-label="Billed to">
          <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Billed to</h3>
          <p className="mt-1 font-medium text-slate-900">{invoice.customer.name}</p>
          {invoice.customer.company && invoice.customer.company !== invoice.customer.name && <p>{invoice.customer.company}</p>}
          {address.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {invoice.customer.email && <p className="text-slate-500">{invoice.customer.email}</p>}
          {invoice.customer.taxId && <p className="text-slate-500">Tax ID {invoice.customer.taxId}</p>}
        </section>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 self-start sm:justify-self-end">
          <dt className="text-slate-500">Invoice date</dt>
          <dd className="sm:text-right">{formatDay(invoice.issueDate)}</dd>
          <dt className="text-slate-500">Due date</dt>
          <dd className={overdue ? "font-medium text-red-700 sm:text-right" : "sm:text-right"}>{formatDay(invoice.dueDate)}</dd>
          <dt className="text-slate-500">Currency</dt>
          <dd className="sm:text-right">{invoice.currency}</dd>
        </dl>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-left" data-testid="invoice-items">
          <thead className="border-b-2 border-slate-300 text-xs tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">
                Description
              </th>
              <th scope="col" className="px-2 py-2 text-right font-medium sm:px-3">
                Qty
              </th>
              <th scope="col" className="px-2 py-2 text-right font-medium sm:px-3">
                Unit price
              </th>
              {taxed && (
                <th scope="col" className="px-2 py-2 text-right font-medium sm:px-3">
                  Tax
                </th>
              )}
              <th scope="col" className="py-2 pl-3 text-right font-medium">
                Amount
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {invoice.items.map((item) => (
              <tr key={item.id} className="break-inside-avoid">
                <td className="py-2 pr-3">{item.description}</td>
                <td className="px-2 py-2 text-right tabular-nums sm:px-3">{plainQty(item.qty.toString())}</td>
                <td className="px-2 py-2 text-right whitespace-nowrap tabular-nums sm:px-3">{money(item.amount)}</td>
                {taxed && (
                  <td className="px-2 py-2 text-right text-slate-500 tabular-nums sm:px-3">
                    {item.taxRate.greaterThan(0) ? `${item.taxRate.toString()}%` : "—"}
                  </td>
                )}
                <td className="py-2 pl-2 text-right whitespace-nowrap tabular-nums sm:pl-3">{money(item.lineTotal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex justify-end">
        <dl className="w-full max-w-xs break-inside-avoid space-y-1" data-testid="invoice-totals">
          <Row label="Subtotal" value={money(invoice.subtotal)} />
          <Row label="Tax" value={money(invoice.taxTotal)} />
          <Row label="Total" value={money(invoice.amount)} strong testId="invoice-total" />
          <Row label="Paid" value={money(invoice.amountPaid)} testId="invoice-paid" />
          <Row label="Balance due" value={money(invoice.balance)} strong testId="invoice-balance" />
        </dl>
      </div>
      {invoice.notes && (
        <section className="break-inside-avoid border-t border-slate-200 pt-4">
          <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Notes</h3>
          <p className="mt-1 whitespace-pre-line">{invoice.notes}</p>
        </section>
      )}
    </article>
  );
}

function Row({ label, value, strong, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <div className={`flex justify-between gap-4 ${strong ? "border-t border-slate-300 pt-1 text-base font-semibold text-slate-900" : ""}`}>
      <dt>{label}</dt>
      <dd className="tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/** "2.500" → "2.5", "10" stays "10" (only decimals lose their trailing zeros). */
function plainQty(text: string): string {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}
