import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InteractionForm } from "@/components/interactions/interaction-form";
import { InteractionTimeline } from "@/components/interactions/interaction-timeline";
import { ConvertButton } from "@/components/leads/convert-button";
import { LeadForm } from "@/components/leads/lead-form";
import { LeadStatusBadge } from "@/components/leads/lead-status-badge";
import { MarkDoneButton } from "@/components/tasks/mark-done-button";
import { LinkButton } from "@/components/ui/link-button";
import { Card } from "@/components/ui/card";
import { EditInPlace } from "@/components/ui/edit-in-place";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format-date";
import { formatMoney } from "@/components/ui/format-money";
import { getTenantCurrency } from "@/lib/crm/tenants/get-tenant-currency";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { listLeadCalls } from "@/lib/crm/calls/lead-calls";
import { NotFound } from "@/lib/crm/errors";
import { listInteractions } from "@/lib/crm/interactions/list-interactions";
import { getLead } from "@/lib/crm/leads/get-lead";
import { leadFormValues } from "@/lib/crm/leads/lead-form-schema";
import { nextLeadTask } from "@/lib/crm/tasks/next-lead-task";
import { listUsers } from "@/lib/crm/users/list-users";
import { completeTaskAction } from "../../tasks/actions";
import { addLeadInteractionAction, convertLeadAction, updateLeadAction } from "./actions";

export const metadata: Metadata = { title: "Lead" };

export default async function LeadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, ctx } = await requireUser();
  // Another workspace's lead, and for a rep another rep's, is exactly as missing as one that never existed.
  const lead = await getLead(ctx, id).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  // Sequential on purpose: the embedded database has one connection.
  const timeline = await listInteractions(ctx, { leadId: lead.id }, { limit: 50 });
  const nextTask = await nextLeadTask(ctx, lead.id);
  const calls = await listLeadCalls(ctx, lead.id, 10);
  const users = (await listUsers(ctx)).map((u) => ({ id: u.id, name: u.name }));
  const currency = await getTenantCurrency(ctx);
  const owner = lead.assignedToId ? users.find((u) => u.id === lead.assignedToId)?.name : null;
  const editable = can(user.role, "editRecords");
  const converted = Boolean(lead.customerId);
  const customFields = Object.entries((lead.customFields ?? {}) as Record<string, unknown>);

  return (
    <div className="space-y-5">
      <Link href="/leads" className="text-sm text-slate-500 hover:text-slate-800">
        ← Leads
      </Link>
      <PageHeader
        title={lead.name}
        description={[lead.company, lead.email].filter(Boolean).join(" · ")}
        actions={
          lead.customerId ? (
            <LinkButton variant="secondary" href={`/customers/${lead.customerId}`} data-testid="customer-link">
              Open customer →
            </LinkButton>
          ) : editable ? (
            <ConvertButton convert={convertLeadAction.bind(null, lead.id)} />
          ) : null
        }
      />
      <div className="grid gap-5 lg:grid-cols-[1fr_22rem]">
        <div className="order-2 space-y-5 lg:order-1">
          <Card title="Timeline" description="Calls, emails, meetings and notes, newest first.">
            {timeline.interactions.length === 0 ? (
              <EmptyState title="Nothing logged yet">Log the first call or email below.</EmptyState>
            ) : (
              <InteractionTimeline items={timeline.interactions} />
            )}
          </Card>
          {editable && (
            <Card title="Log an interaction">
              <InteractionForm kind="lead" add={addLeadInteractionAction.bind(null, lead.id)} />
            </Card>
          )}
          <Card title="Calls" description="Calls logged to this lead by the dialler and the telephony integration.">
            {calls.length === 0 ? (
              <p className="text-sm text-slate-500">No calls yet.</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm" data-testid="lead-calls">
                {calls.map((call) => (
                  <li key={call.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <Link href={`/calls/${call.sessionId}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                      {call.callDirection ?? "call"} · {call.status}
                    </Link>
                    <span className="text-xs text-slate-500 tabular-nums">
                      {formatDateTime(call.startTime)}
                      {call.duration != null ? ` · ${Math.round(call.duration)} s` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div className="order-1 space-y-5 lg:order-2">
          <Card title="Next task">
            {nextTask ? (
              <div className="flex items-start justify-between gap-3 text-sm" data-testid="next-task">
                <p>
                  <span className="font-medium text-slate-900">{nextTask.nextAction}</span>
                  <span className="block text-xs text-slate-500">
                    due {formatDateTime(nextTask.dueAt)}
                    {nextTask.ownerName ? ` · ${nextTask.ownerName}` : ""}
                  </span>
                </p>
                {editable && <MarkDoneButton done={completeTaskAction.bind(null, nextTask.id)} label={nextTask.nextAction} />}
              </div>
            ) : (
              <p className="text-sm text-slate-500">No open task.</p>
            )}
          </Card>
          <Card title="Details">
            <EditInPlace
              editable={editable}
              form={<LeadForm initial={leadFormValues(lead)} users={users} save={updateLeadAction.bind(null, lead.id)} submitLabel="Save changes" />}
            >
              <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-2 text-sm">
                <dt className="text-slate-500">Status</dt>
                <dd data-testid="lead-status">
                  <LeadStatusBadge status={lead.status} />
                </dd>
                <dt className="text-slate-500">Deal value</dt>
                <dd className="tabular-nums" data-testid="lead-value">
                  {formatMoney(lead.value?.toFixed(2) ?? null, currency, { cents: true })}
                </dd>
                <dt className="text-slate-500">Score</dt>
                <dd className="tabular-nums">{lead.score ?? "—"}</dd>
                <dt className="text-slate-500">Owner</dt>
                <dd>{owner ?? "Unassigned"}</dd>
                <dt className="text-slate-500">Phone</dt>
                <dd>{lead.phone ?? "—"}</dd>
                <dt className="text-slate-500">Source</dt>
                <dd>{lead.source ?? "—"}</dd>
                <dt className="text-slate-500">Last contact</dt>
                <dd>{formatDateTime(lead.lastContactAt)}</dd>
                <dt className="text-slate-500">Created</dt>
                <dd>{formatDateTime(lead.createdAt)}</dd>
                {converted && (
                  <>
                    <dt className="text-slate-500">Converted</dt>
                    <dd data-testid="converted-at">
                      {formatDateTime(lead.convertedAt)}
                      {" · "}
                      <Link href={`/customers/${lead.customerId}`} className="text-brand-700 hover:underline">
                        customer
                      </Link>
                    </dd>
                  </>
                )}
              </dl>
              {lead.notes && <p className="border-t border-slate-100 pt-3 text-sm text-slate-700">{lead.notes}</p>}
            </EditInPlace>
          </Card>
          {customFields.length > 0 && (
            <Card title="Custom fields">
              <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-2 text-sm">
                {customFields.map(([key, value]) => (
                  <div key={key} className="contents">
                    <dt className="truncate text-slate-500">{key}</dt>
                    <dd className="break-words">{typeof value === "string" ? value : JSON.stringify(value)}</dd>
                  </div>
                ))}
              </dl>
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
