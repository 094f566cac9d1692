import type { Metadata } from "next";
import { loadInvoiceDocument } from "@/components/billing/load-invoice-document";
import Link from "next/link";
import { InvoiceDocument } from "@/components/billing/invoice-document";
import { RecordPaymentForm } from "@/components/billing/record-payment-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime, formatDay } from "@/components/ui/format-date";
import { formatMoney } from "@/components/ui/format-money";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { listInvoiceEvents } from "@/lib/crm/billing/invoice-events";
import { todayUtc } from "@/lib/crm/billing/invoice-record";
import { isOverdue } from "@/lib/crm/billing/invoice-status";
import { compareMoney } from "@/lib/crm/billing/invoice-totals";
import { mayManageMoney } from "@/lib/crm/billing/money-access";
import { recordPaymentAction } from "../actions";

export const metadata: Metadata = { title: "Invoice" };

const LINK_BUTTON =
  "inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none";

const METHOD_LABELS: Record<string, string> = { bank_transfer: "Bank transfer", card: "Card", cash: "Cash", check: "Check", other: "Other" };

export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx } = await requireUser();
  const { id } = await params;
  const invoice = await loadInvoiceDocument(ctx, id);
  const today = todayUtc();
  const overdue = isOverdue(invoice.status, invoice.dueDate?.toISOString().slice(0, 10) ?? null, today);
  const manage = mayManageMoney(ctx);
  const events = await listInvoiceEvents(ctx, invoice.seq);
  const money = (value: string) => formatMoney(value, invoice.currency, { cents: true });
  const due = compareMoney(invoice.balance, 0) > 0 && invoice.status !== "cancelled";

  return (
    <div className="space-y-5">
      <PageHeader
        title={invoice.number}
        description={
          <>
            <Link
              href={`/invoices?customer=${invoice.customer.id}&customerName=${encodeURIComponent(invoice.customer.name)}`}
              className="hover:text-brand-700 hover:underline"
            >
              {invoice.customer.name}
            </Link>{" "}
            · {money(invoice.amount.toFixed(2))} · balance {money(invoice.balance)}
          </>
        }
        actions={
          <>
            <Link href={`/invoices/${invoice.id}/print`} className={LINK_BUTTON} target="_blank" rel="noopener">
              Print view
            </Link>
            {manage && invoice.status !== "cancelled" && (
              <Link href={`/invoices/${invoice.id}/edit`} className={LINK_BUTTON}>
                Edit
              </Link>
            )}
          </>
        }
      />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-5 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
          <InvoiceDocument invoice={invoice} overdue={overdue} />
        </div>
        <div className="space-y-5">
          {manage && due && (
            <Card title="Record a payment" description={`Up to the balance due, ${money(invoice.balance)}.`}>
              <RecordPaymentForm balance={invoice.balance} today={today} record={recordPaymentAction.bind(null, invoice.id)} />
            </Card>
          )}
          <Card title="Payments">
            {invoice.transactions.length === 0 ? (
              <p className="text-sm text-slate-500">No payment yet.</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm" data-testid="payments">
                {invoice.transactions.map((payment) => (
                  <li key={payment.id} className="flex items-start justify-between gap-3 py-2">
                    <div>
                      <p className="font-medium text-slate-900">{formatDay(payment.date)}</p>
                      <p className="text-xs text-slate-500">
                        {[payment.method ? (METHOD_LABELS[payment.method] ?? payment.method) : null, payment.account.name, payment.reference]
                          .filter(Boolean)
                          .join(" · ")}
                      </p>
                    </div>
                    <span className="font-medium tabular-nums">{money(payment.amount.toFixed(2))}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Events and webhook deliveries">
            {events.length === 0 ? (
              <EmptyState title="No events recorded">Invoices created or paid here or through the API record invoice.created and payment.received.</EmptyState>
            ) : (
              <ol className="space-y-3 text-sm" data-testid="invoice-events">
                {events.map((event) => (
                  <li key={event.id}>
                    <p className="flex items-center justify-between gap-2">
                      <code className="font-medium text-slate-900">{event.type}</code>
                      <span className="text-xs text-slate-500">{formatDateTime(event.occurredAt)}</span>
                    </p>
                    {event.deliveries.length === 0 ? (
                      <p className="text-xs text-slate-500">No webhook subscribed.</p>
                    ) : (
                      <ul className="mt-1 space-y-1">
                        {event.deliveries.map((d) => (
                          <li key={d.id} className="flex items-center justify-between gap-2 text-xs">
                            <span className="min-w-0 truncate text-slate-600" title={d.url}>
                              #{d.attempt} {d.url}
                            </span>
                            <Badge tone={d.status === "succeeded" ? "green" : d.status === "pending" ? "amber" : "red"}>
                              {d.status}
                              {d.responseStatus ? ` ${d.responseStatus}` : ""}
                            </Badge>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
