import type { Metadata } from "next";
import Link from "next/link";
import { CustomerForm } from "@/components/customers/customer-form";
import { CustomerStatusBadge } from "@/components/customers/customer-status-badge";
import { HealthBandBadge } from "@/components/customers/health-band-badge";
import { HealthGauge } from "@/components/customers/health-gauge";
import { HealthPartsTable } from "@/components/customers/health-parts-table";
import { HealthSummary } from "@/components/customers/health-summary";
import { RecordList } from "@/components/customers/record-list";
import { RequestFeedbackButton } from "@/components/customers/request-feedback-button";
import { SectionEmpty } from "@/components/customers/section-empty";
import { CustomerTickets } from "@/components/tickets/customer-tickets";
import { InteractionForm } from "@/components/interactions/interaction-form";
import { InteractionTimeline } from "@/components/interactions/interaction-timeline";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EditInPlace } from "@/components/ui/edit-in-place";
import { formatDateTime } from "@/components/ui/format-date";
import { formatDay } from "@/components/ui/format-date";
import { formatMoney } from "@/components/ui/format-money";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { listInvoices } from "@/lib/crm/billing/list-invoices";
import { getCustomerCallHistory } from "@/lib/crm/calls/customer-call-history";
import { getTenantCurrency } from "@/lib/crm/tenants/get-tenant-currency";
import { getCustomerHealth } from "@/lib/crm/customers/get-customer-health";
import { Forbidden } from "@/lib/crm/errors";
import { listCustomerFeedback } from "@/lib/crm/feedback/list-customer-feedback";
import { listInteractions } from "@/lib/crm/interactions/list-interactions";
import { listOrders } from "@/lib/crm/orders/list-orders";
import { listUsers } from "@/lib/crm/users/list-users";
import { addCustomerInteractionAction, requestFeedbackAction, updateCustomerAction } from "../actions";
import { loadCustomer } from "./load-customer";

export const metadata: Metadata = { title: "Customer" };

const SECTION_LIMIT = 10;
const ORDER_TONE = { pending: "neutral", processing: "blue", shipped: "blue", delivered: "green", cancelled: "red" } as const;
const INVOICE_TONE = { unpaid: "amber", partially_paid: "amber", paid: "green", cancelled: "neutral" } as const;
const humanize = (value: string) => value.replace(/_/g, " ");

function formatDuration(seconds: number | null): string {
  if (seconds === null) return "in progress";
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes}m ${Math.round(seconds % 60)}s` : `${Math.round(seconds)}s`;
}

/** Money sections are for roles that may see them; a role that may not gets a note, not an error page. */
async function orForbidden<T>(load: () => Promise<T>): Promise<T | "forbidden"> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof Forbidden) return "forbidden";
    throw error;
  }
}

export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, ctx, customer } = await loadCustomer(id);
  const now = new Date();
  // Sequential: one connection per page render.
  const health = await getCustomerHealth(ctx, customer.id, now);
  const timeline = await listInteractions(ctx, { customerId: customer.id }, { limit: 20 });
  const orders = await listOrders(ctx, { customerId: customer.id, limit: SECTION_LIMIT });
  const invoices = await orForbidden(() => listInvoices(ctx, { page: 1, limit: SECTION_LIMIT, customerSeq: customer.seq }));
  const calls = await getCustomerCallHistory(ctx, { id: customer.id }, SECTION_LIMIT, false);
  const feedback = await listCustomerFeedback(ctx, customer.id, SECTION_LIMIT, now);
  const currency = await getTenantCurrency(ctx);
  const users = (await listUsers(ctx)).filter((u) => u.active).map((u) => ({ id: u.id, name: u.name }));
  const owner = customer.assignedToId ? users.find((u) => u.id === customer.assignedToId)?.name : null;
  const editable = can(user.role, "editRecords");
  const today = now.toISOString().slice(0, 10);

  return (
    <div className="space-y-5">
      <Link href="/customers" className="text-sm text-slate-500 hover:text-slate-800">
        ← Customers
      </Link>
      <PageHeader
        title={customer.name}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            {[customer.company !== customer.name ? customer.company : null, customer.email].filter(Boolean).join(" · ")}
            <CustomerStatusBadge status={customer.status} />
            <HealthBandBadge band={health.band} score={health.score} />
          </span>
        }
      />
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-5">
          <Card
            title="Health"
            description={`Computed ${formatDateTime(health.computedAt)} from the customer's interactions, orders, feedback, tickets and invoices. Bands: healthy 70-100, at risk 40-69, critical below 40.`}
          >
            <div className="space-y-5">
              <div className="grid items-center gap-4 sm:grid-cols-[13rem_minmax(0,1fr)]">
                <HealthGauge score={health.score} band={health.band} />
                <HealthSummary parts={health.parts} />
              </div>
              <HealthPartsTable parts={health.parts} />
            </div>
          </Card>
          <Card title="Interactions" description="Emails, calls, meetings, support contacts and purchases, newest first.">
            <div className="space-y-6">
              {timeline.interactions.length === 0 ? (
                <SectionEmpty>No interaction logged yet{editable ? ": log the first one below." : "."}</SectionEmpty>
              ) : (
                <InteractionTimeline items={timeline.interactions} />
              )}
              {timeline.nextCursor && <p className="text-xs text-slate-500">Showing the latest 20.</p>}
              {editable && (
                <div className="border-t border-slate-100 pt-4">
                  <h3 className="mb-3 text-sm font-semibold text-slate-900">Log an interaction</h3>
                  <InteractionForm kind="customer" add={addCustomerInteractionAction.bind(null, customer.id)} today={today} />
                </div>
              )}
            </div>
          </Card>
        </div>
        <div className="min-w-0 space-y-5">
          <Card title="Details">
            <EditInPlace
              editable={editable}
              form={
                <CustomerForm
                  users={users}
                  save={updateCustomerAction.bind(null, customer.id)}
                  submitLabel="Save changes"
                  initial={{
                    name: customer.name,
                    email: customer.email ?? "",
                    phone: customer.phone ?? "",
                    company: customer.company ?? "",
                    type: customer.type,
                    status: customer.status,
                    paymentTerms: customer.paymentTerms ?? "",
                    creditLimit: customer.creditLimit?.toFixed(2) ?? "",
                    notes: customer.notes ?? "",
                    assignedToId: customer.assignedToId ?? "",
                  }}
                />
              }
            >
              <dl className="grid grid-cols-[7rem_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm" data-testid="customer-details">
                <dt className="text-slate-500">Email</dt>
                <dd className="break-words">{customer.email ?? "—"}</dd>
                <dt className="text-slate-500">Phone</dt>
                <dd>{customer.phone ?? "—"}</dd>
                <dt className="text-slate-500">Company</dt>
                <dd>{customer.company ?? "—"}</dd>
                <dt className="text-slate-500">Type</dt>
                <dd className="capitalize">{customer.type}</dd>
                <dt className="text-slate-500">Owner</dt>
                <dd>{owner ?? "Unassigned"}</dd>
                <dt className="text-slate-500">Payment terms</dt>
                <dd>{customer.paymentTerms ?? "—"}</dd>
                <dt className="text-slate-500">Credit limit</dt>
                <dd className="tabular-nums">{customer.creditLimit ? formatMoney(customer.creditLimit.toFixed(2), currency) : "—"}</dd>
                <dt className="text-slate-500">Customer since</dt>
                <dd>{formatDateTime(customer.createdAt)}</dd>
                {customer.leadId && (
                  <>
                    <dt className="text-slate-500">From lead</dt>
                    <dd>
                      <Link href={`/leads/${customer.leadId}`} className="text-brand-700 hover:underline">
                        Open the lead
                      </Link>
                    </dd>
                  </>
                )}
              </dl>
              {customer.notes && <p className="border-t border-slate-100 pt-3 text-sm whitespace-pre-line text-slate-700">{customer.notes}</p>}
            </EditInPlace>
          </Card>
          <Card title="Feedback" actions={editable ? <RequestFeedbackButton request={requestFeedbackAction.bind(null, customer.id)} /> : undefined}>
            <div className="space-y-3" data-testid="customer-feedback">
              {feedback.pending.length > 0 && (
                <p className="text-xs text-slate-500">
                  {feedback.pending.length === 1 ? "1 request" : `${feedback.pending.length} requests`} waiting for an answer (latest sent{" "}
                  {formatDateTime(feedback.pending[0]!.requestedAt)}).
                </p>
              )}
              <RecordList
                items={feedback.responses.map((response) => ({
                  key: response.id,
                  primary: <span className="whitespace-normal">{response.comment ?? "No comment"}</span>,
                  secondary: [formatDateTime(response.createdAt), response.category].filter(Boolean).join(" · "),
                  aside: (
                    <span className="font-medium text-slate-900" aria-label={`Rated ${response.rating} of 5`}>
                      {"★".repeat(response.rating)}
                      <span className="text-slate-300">{"★".repeat(5 - response.rating)}</span>
                    </span>
                  ),
                }))}
                empty={<SectionEmpty>No feedback yet{editable ? ": request it to hear how they are doing." : "."}</SectionEmpty>}
              />
            </div>
          </Card>
        </div>
      </div>
      <div className="grid gap-5 lg:grid-cols-2">
        <Card title="Orders" description={orders.nextCursor ? `The latest ${SECTION_LIMIT}.` : undefined}>
          <RecordList
            testId="customer-orders"
            items={orders.orders.map((order) => ({
              key: order.id,
              primary: `${order.quantity} × ${order.product?.name ?? "product"}`,
              secondary: `#${order.seq} · ${formatDateTime(order.orderDate)}`,
              aside: (
                <>
                  <span className="font-medium">{formatMoney(order.total.toFixed(2), currency, { cents: true })}</span>
                  <Badge tone={ORDER_TONE[order.status]}>{order.status}</Badge>
                </>
              ),
            }))}
            empty={<SectionEmpty>No orders yet.</SectionEmpty>}
          />
        </Card>
        <Card
          title="Invoices"
          description={invoices !== "forbidden" && invoices.total > SECTION_LIMIT ? `The latest ${SECTION_LIMIT} of ${invoices.total}.` : undefined}
        >
          {invoices === "forbidden" ? (
            <SectionEmpty>Invoices are visible to admins and managers.</SectionEmpty>
          ) : (
            <RecordList
              testId="customer-invoices"
              items={invoices.invoices.map((invoice) => {
                const balance = invoice.amount.minus(invoice.amountPaid);
                const overdue =
                  (invoice.status === "unpaid" || invoice.status === "partially_paid") && invoice.dueDate && invoice.dueDate.toISOString().slice(0, 10) < today;
                return {
                  key: invoice.id,
                  primary: (
                    <Link href={`/invoices/${invoice.id}`} className="hover:text-brand-700 hover:underline">
                      {invoice.number}
                    </Link>
                  ),
                  secondary: `Issued ${formatDay(invoice.issueDate)}${invoice.dueDate ? ` · due ${formatDay(invoice.dueDate)}` : ""}`,
                  aside: (
                    <>
                      <span className="font-medium">
                        {formatMoney(balance.toFixed(2), invoice.currency, { cents: true })}
                        <span className="text-xs font-normal text-slate-500">
                          {" "}
                          due of {formatMoney(invoice.amount.toFixed(2), invoice.currency, { cents: true })}
                        </span>
                      </span>
                      <span className="flex gap-1">
                        {overdue && <Badge tone="red">overdue</Badge>}
                        <Badge tone={INVOICE_TONE[invoice.status]}>{humanize(invoice.status)}</Badge>
                      </span>
                    </>
                  ),
                };
              })}
              empty={<SectionEmpty>No invoices.</SectionEmpty>}
            />
          )}
        </Card>
        <CustomerTickets ctx={ctx} customerId={customer.id} limit={SECTION_LIMIT} newTicket={editable} />
        <Card
          title="Calls"
          description={
            calls.totalCalls > 0 ? `${calls.totalCalls} call${calls.totalCalls === 1 ? "" : "s"}, ${formatDuration(calls.totalDuration)} in all.` : undefined
          }
        >
          <RecordList
            testId="customer-calls"
            items={calls.calls.map((call) => ({
              key: call.id,
              primary: `${call.callDirection ? `${call.callDirection[0]!.toUpperCase()}${call.callDirection.slice(1)}` : "Call"} · ${call.phoneNumber ?? "unknown number"}`,
              secondary: formatDateTime(call.startTime),
              aside: (
                <>
                  <span>{formatDuration(call.duration)}</span>
                  <Badge tone={call.status === "completed" ? "green" : call.status === "active" ? "blue" : "neutral"}>{humanize(call.status)}</Badge>
                </>
              ),
            }))}
            empty={<SectionEmpty>No calls with this customer.</SectionEmpty>}
          />
        </Card>
      </div>
    </div>
  );
}
