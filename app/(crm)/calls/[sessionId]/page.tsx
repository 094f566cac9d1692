import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { CallDirectionBadge, CallStatusBadge } from "@/components/calls/call-status-badge";
import { CallReportsOnly } from "@/components/calls/reports-only";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format-date";
import { formatDuration } from "@/components/ui/format-duration";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { getCallDetail } from "@/lib/crm/calls/get-call-detail";

export const metadata: Metadata = { title: "Call" };

export default async function CallPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const { user, ctx } = await requireUser();
  if (!can(user.role, "viewReports")) return <CallReportsOnly />;
  // Another workspace's call is exactly as missing as one that never existed.
  const detail = sessionId.length <= 200 ? await getCallDetail(ctx, sessionId) : null;
  if (!detail) notFound();
  const { call, customer, lead, scheduledCalls, events } = detail;

  return (
    <div className="space-y-5">
      <Link href="/calls/log" className="text-sm text-slate-500 hover:text-slate-800">
        ← Call log
      </Link>
      <PageHeader
        title={customer?.name ?? call.phoneNumber ?? "Call"}
        description={
          <span className="break-all">
            Session <span className="font-mono">{call.sessionId}</span>
          </span>
        }
        actions={
          <div className="flex gap-2">
            <CallStatusBadge status={call.status} />
            <CallDirectionBadge direction={call.callDirection} />
          </div>
        }
      />
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-5 lg:order-last">
          <Card title="Call">
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm" data-testid="call-facts">
              <Fact label="Number">{call.phoneNumber ?? "—"}</Fact>
              <Fact label="Customer">
                {customer ? (
                  <Link href={`/customers/${customer.id}`} className="font-medium text-brand-700 hover:underline" data-testid="call-customer">
                    {customer.name}
                  </Link>
                ) : (
                  "Not linked"
                )}
                {customer?.externalId && <span className="block text-xs text-slate-500">id {customer.externalId}</span>}
              </Fact>
              <Fact label="Duration">{call.status === "active" ? "in progress" : formatDuration(call.duration)}</Fact>
              <Fact label="Started">{formatDateTime(call.startTime)}</Fact>
              <Fact label="Ended">{formatDateTime(call.endTime)}</Fact>
            </dl>
          </Card>
          <Card title="Lead and dialler" description="The lead this call reached and the scheduled calls it completed.">
            {lead || scheduledCalls.length > 0 ? (
              <div className="space-y-3 text-sm" data-testid="call-lead">
                {lead && (
                  <p>
                    Lead{" "}
                    <Link href={`/leads/${lead.id}`} className="font-medium text-brand-700 hover:underline">
                      {lead.name}
                    </Link>
                  </p>
                )}
                {scheduledCalls.length > 0 && (
                  <ul className="space-y-2">
                    {scheduledCalls.map((s) => (
                      <li key={s.id} className="rounded-md bg-slate-50 px-3 py-2">
                        <span className="font-medium text-slate-900">{s.type}</span> call for {s.leadName}, due {formatDateTime(s.scheduledFor)}; dialled{" "}
                        {formatDateTime(s.processedAt)}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ) : (
              <p className="text-sm text-slate-500">No lead or scheduled call: this number had none waiting.</p>
            )}
          </Card>
        </div>
        <Card
          title="Timeline"
          description={`Events the ribbon logged for this call, oldest first${detail.eventCount > events.length ? ` (first ${events.length} of ${detail.eventCount})` : ""}. Times in UTC.`}
        >
          <ol className="space-y-4" data-testid="call-timeline">
            {events.map((event) => (
              <li key={event.logId} className="relative border-l-2 border-slate-200 pl-4">
                <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
                  <Badge tone={event.event === "callEnded" ? "neutral" : event.event === "connected" ? "green" : "blue"}>{event.event}</Badge>
                  <time dateTime={event.occurredAt.toISOString()}>{formatDateTime(event.occurredAt)}</time>
                  {event.domain && <span>from {event.domain}</span>}
                </div>
                <p className="mt-1 font-mono text-xs break-all text-slate-500">{event.logId}</p>
                <EventData data={event.data} />
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0 text-slate-900">{children}</dd>
    </>
  );
}

/** The event's data as sent, without what the page shows already. */
function EventData({ data }: { data: Record<string, unknown> }) {
  const shown = Object.entries(data).filter(([key]) => key !== "callSid");
  if (shown.length === 0) return null;
  return (
    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-xs">
      {shown.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="text-slate-500">{key}</dt>
          <dd className="min-w-0 font-mono break-all text-slate-700">
            {typeof value === "string" ? value : JSON.stringify(value)}
            {key === "duration" && typeof value === "number" && <span className="text-slate-500"> s ({formatDuration(value)})</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
