import type { Metadata } from "next";
import Link from "next/link";
import { CallDirectionBadge } from "@/components/calls/call-status-badge";
import { CallReportsOnly } from "@/components/calls/reports-only";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { DateRangePicker } from "@/components/ui/date-range-picker";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, Select } from "@/components/ui/field";
import { formatDuration } from "@/components/ui/format-duration";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { callLogQuery, COMMON_CALL_EVENTS } from "@/lib/crm/calls/call-log-query";
import { listCallLogs, type CallLog } from "@/lib/crm/calls/list-call-logs";
import { dateRangeParams, resolveDateRange } from "@/lib/crm/reports/date-range-preset";
import { firstValues } from "../search-params";

export const metadata: Metadata = { title: "Call log" };

const PAGE_SIZE = 25;

export default async function CallLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, ctx } = await requireUser();
  if (!can(user.role, "viewReports")) return <CallReportsOnly />;
  const raw = await firstValues(searchParams);
  const range = resolveDateRange(raw);
  const query = callLogQuery.parse(raw);
  const page = query.page ?? 1;
  // The same domain function as GET /api/ribbon/call-logs.
  const { logs, total } = await listCallLogs(
    ctx,
    { from: range.from, to: range.to, callDirection: query.direction, event: query.event, customerId: query.customerId },
    page,
    PAGE_SIZE,
  );
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const filters = { direction: query.direction, event: query.event, customerId: query.customerId };
  const filtered = Boolean(query.direction || query.event || query.customerId);
  const kept = Object.entries({ ...dateRangeParams(range), ...filters }).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const pageHref = (n: number) => `/calls/log?${new URLSearchParams([...kept, ...(n > 1 ? [["page", String(n)]] : [])]).toString()}`;
  const exportHref = `/api/calls/export?${new URLSearchParams(
    Object.entries({ from: range.fromDay, to: range.toDay, direction: query.direction, customerId: query.customerId }).filter(
      (entry): entry is [string, string] => Boolean(entry[1]),
    ),
  ).toString()}`;

  return (
    <div className="space-y-5">
      <Link href={`/calls?${new URLSearchParams(dateRangeParams(range)).toString()}`} className="text-sm text-slate-500 hover:text-slate-800">
        ← Call dashboard
      </Link>
      <PageHeader
        title="Call log"
        description="Every event the ribbon logged, newest first (times in UTC)."
        actions={
          <a
            href={exportHref}
            download
            data-testid="export-csv"
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
          >
            Export calls (CSV)
          </a>
        }
      />
      <DateRangePicker range={range} path="/calls/log" keep={filters} />
      {range.problem && <Alert tone="info">{range.problem}</Alert>}
      <form method="get" role="search" aria-label="Filter the call log" className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-end">
        {Object.entries(dateRangeParams(range)).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label className="text-xs font-medium text-slate-600">
          Direction
          <Select name="direction" defaultValue={query.direction ?? ""} className="mt-1 sm:w-36">
            <option value="">Both</option>
            <option value="inbound">Inbound</option>
            <option value="outbound">Outbound</option>
          </Select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          Event
          <Input name="event" list="call-events" defaultValue={query.event ?? ""} placeholder="Any event" className="mt-1 sm:w-40" />
          <datalist id="call-events">
            {COMMON_CALL_EVENTS.map((e) => (
              <option key={e} value={e} />
            ))}
          </datalist>
        </label>
        <label className="col-span-2 text-xs font-medium text-slate-600 sm:col-span-1">
          Customer ID
          <Input name="customerId" defaultValue={query.customerId ?? ""} placeholder="The integrator's id, e.g. CUST001" className="mt-1 sm:w-56" />
        </label>
        <div className="flex items-end gap-2">
          <Button type="submit" variant="secondary">
            Apply
          </Button>
          {filtered && (
            <Link
              href={`/calls/log?${new URLSearchParams(dateRangeParams(range)).toString()}`}
              className="px-2 py-2 text-sm text-slate-500 hover:text-slate-800"
            >
              Reset
            </Link>
          )}
        </div>
      </form>
      <DataTable<CallLog>
        testId="call-log-table"
        rows={logs}
        rowKey={(log) => log.logId}
        empty={
          <EmptyState title={filtered ? "No event matches these filters" : "No calls logged in this period"}>
            {filtered ? "Try another direction, event or customer, or a longer period." : "Events arrive through POST /api/ribbon/log-call."}
          </EmptyState>
        }
        columns={[
          {
            header: "Time (UTC)",
            className: "whitespace-nowrap text-xs text-slate-600 tabular-nums",
            cell: (log) => (
              <time dateTime={log.timestamp.toISOString()}>
                <span className="block">{log.timestamp.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })}</span>
                {log.timestamp.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: "UTC" })}
              </time>
            ),
          },
          {
            header: "Event",
            cell: (log) => <Badge tone={log.event === "callEnded" ? "neutral" : log.event === "connected" ? "green" : "blue"}>{log.event}</Badge>,
          },
          {
            header: "Call",
            cell: (log) => {
              const data = eventData(log);
              return (
                <div className="min-w-0">
                  {data.callSid ? (
                    <Link href={`/calls/${encodeURIComponent(data.callSid)}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                      {data.customerName ?? data.phoneNumber ?? data.callSid}
                    </Link>
                  ) : (
                    "—"
                  )}
                  {(data.customerName ?? data.phoneNumber) && <p className="max-w-[14rem] truncate font-mono text-xs text-slate-500">{data.callSid}</p>}
                </div>
              );
            },
          },
          { header: "Direction", hideBelow: "sm", cell: (log) => <CallDirectionBadge direction={eventData(log).direction} /> },
          { header: "Number", hideBelow: "md", className: "tabular-nums", cell: (log) => eventData(log).phoneNumber ?? "—" },
          {
            header: "Duration",
            hideBelow: "md",
            className: "text-right tabular-nums",
            cell: (log) => (log.event === "callEnded" ? formatDuration(eventData(log).duration) : ""),
          },
          { header: "Domain", hideBelow: "lg", className: "text-xs text-slate-500", cell: (log) => log.domain ?? "—" },
        ]}
        footer={
          <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <span className="text-slate-500" data-testid="call-log-total">
              {total.toLocaleString("en")} events · page {Math.min(page, pages)} of {pages}
            </span>
            <div className="flex gap-3">
              {page > 1 && (
                <Link href={pageHref(page - 1)} className="font-medium text-brand-700 hover:underline">
                  ← Previous
                </Link>
              )}
              {page < pages && (
                <Link href={pageHref(page + 1)} className="font-medium text-brand-700 hover:underline" data-testid="next-page">
                  Next →
                </Link>
              )}
            </div>
          </nav>
        }
      />
    </div>
  );
}

/** The fields of an event's `data` the table shows (whatever the ribbon sent, read defensively). */
function eventData(log: CallLog) {
  const data = log.data;
  const text = (value: unknown) => (typeof value === "string" && value ? value : undefined);
  const customer = data.customerData && typeof data.customerData === "object" ? (data.customerData as Record<string, unknown>) : {};
  const direction = data.callDirection === "inbound" || data.callDirection === "outbound" ? data.callDirection : null;
  return {
    callSid: text(data.callSid) ?? (typeof data.callSid === "number" ? String(data.callSid) : undefined),
    phoneNumber: text(data.phoneNumber),
    customerName: text(customer.name),
    direction,
    duration: typeof data.duration === "number" ? data.duration : null,
  } as const;
}
