import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InteractionForm } from "@/components/interactions/interaction-form";
import { InteractionTimeline } from "@/components/interactions/interaction-timeline";
import { ConvertButton } from "@/components/leads/convert-button";
import { LeadStatusBadge } from "@/components/leads/lead-status-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { NotFound } from "@/lib/crm/errors";
import { listInteractions } from "@/lib/crm/interactions/list-interactions";
import { getLead } from "@/lib/crm/leads/get-lead";
import { listUsers } from "@/lib/crm/users/list-users";
import { addLeadInteractionAction, convertLeadAction } from "./actions";

export const metadata: Metadata = { title: "Lead" };

export default async function LeadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, ctx } = await requireUser();
  // Another workspace's lead is exactly as missing as one that never existed.
  const lead = await getLead(ctx, id).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  const timeline = await listInteractions(ctx, { leadId: lead.id }, { limit: 50 });
  const owner = lead.assignedToId ? (await listUsers(ctx)).find((u) => u.id === lead.assignedToId)?.name : null;
  const nextTask = timeline.interactions
    .filter((i) => i.nextAction && i.nextActionDate && !i.followedUpAt)
    .sort((a, b) => a.nextActionDate!.getTime() - b.nextActionDate!.getTime())[0];
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
        actions={editable && !converted ? <ConvertButton convert={convertLeadAction.bind(null, lead.id)} /> : null}
      />
      <div className="grid gap-5 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-5">
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
        </div>
        <div className="space-y-5">
          <Card title="Details">
            <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-2 text-sm">
              <dt className="text-slate-500">Status</dt>
              <dd data-testid="lead-status">
                <LeadStatusBadge status={lead.status} />
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
                  <dd data-testid="converted-at">{formatDateTime(lead.convertedAt)}</dd>
                </>
              )}
            </dl>
            {lead.notes && <p className="mt-3 border-t border-slate-100 pt-3 text-sm text-slate-700">{lead.notes}</p>}
          </Card>
          <Card title="Next task">
            {nextTask ? (
              <p className="text-sm" data-testid="next-task">
                <span className="font-medium text-slate-900">{nextTask.nextAction}</span>
                <span className="block text-xs text-slate-500">due {formatDateTime(nextTask.nextActionDate)}</span>
              </p>
            ) : (
              <p className="text-sm text-slate-500">No open task.</p>
            )}
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
