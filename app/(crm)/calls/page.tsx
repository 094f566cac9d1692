import type { Metadata } from "next";
import Link from "next/link";
import { CallsPerDayChart, CountBarChart, TopCustomersChart } from "@/components/calls/call-charts";
import { LiveCallsPanel } from "@/components/calls/live-calls-panel";
import { CallReportsOnly } from "@/components/calls/reports-only";
import { Alert } from "@/components/ui/alert";
import { ChartCard } from "@/components/ui/chart-card";
import { DateRangePicker } from "@/components/ui/date-range-picker";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDuration } from "@/components/ui/format-duration";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { DURATION_BUCKETS, getDetailedAnalytics } from "@/lib/crm/calls/detailed-analytics";
import { listActiveCalls } from "@/lib/crm/calls/list-active-calls";
import { toLiveCall } from "@/lib/crm/calls/publish-call-change";
import { dateRangeParams, resolveDateRange } from "@/lib/crm/reports/date-range-preset";
import { firstValues } from "./search-params";

export const metadata: Metadata = { title: "Calls" };

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const dayLabel = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

export default async function CallsDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, ctx } = await requireUser();
  if (!can(user.role, "viewReports")) return <CallReportsOnly />;
  const range = resolveDateRange(await firstValues(searchParams));
  // The same domain functions as GET /api/ribbon/analytics/detailed and /api/ribbon/active-calls.
  const [report, active] = await Promise.all([getDetailedAnalytics(ctx, { from: range.from, to: range.to }), listActiveCalls(ctx)]);
  const { summary } = report;
  const perDay = range.days.map((day) => ({ label: dayLabel(day), calls: report.callsByDate[day] ?? 0 }));
  const byHour = Array.from({ length: 24 }, (_, h) => ({ label: String(h).padStart(2, "0"), calls: report.callsByHour[String(h)] ?? 0 }));
  const byWeekday = WEEKDAYS.map((label, d) => ({ label, calls: report.callsByDayOfWeek[String(d)] ?? 0 }));
  const buckets = DURATION_BUCKETS.map((bucket) => ({ label: bucket, calls: report.durationBuckets[bucket] }));
  const top = report.topCustomers.map((c) => ({ name: c.customerName, calls: c.callCount, talkTime: c.totalDuration }));
  const period = range.fromDay === range.toDay ? range.fromDay : `${range.fromDay} to ${range.toDay}`;
  const busiestHour = byHour.reduce((best, point) => (point.calls > best.calls ? point : best), byHour[0]!);
  const empty = summary.totalCalls === 0 && "No calls in this period.";

  return (
    <div className="space-y-5">
      <PageHeader
        title="Calls"
        description={`Calls logged by the ribbon, ${period} (UTC days).`}
        actions={
          <Link
            href={`/calls/log?${new URLSearchParams(dateRangeParams(range)).toString()}`}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
          >
            Call log
          </Link>
        }
      />
      <DateRangePicker range={range} path="/calls" />
      {range.problem && <Alert tone="info">{range.problem}</Alert>}
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6" data-testid="call-summary">
        <StatCard label="Total calls" value={summary.totalCalls.toLocaleString("en")} testId="stat-total-calls" />
        <StatCard label="Total talk time" value={formatDuration(summary.totalDuration)} testId="stat-total-duration" />
        <StatCard label="Average duration" value={formatDuration(summary.avgDuration)} hint="per call, m:ss" testId="stat-avg-duration" />
        <StatCard label="Inbound" value={summary.inboundCalls.toLocaleString("en")} testId="stat-inbound" />
        <StatCard label="Outbound" value={summary.outboundCalls.toLocaleString("en")} testId="stat-outbound" />
        <StatCard label="Missed" value={summary.missedCalls.toLocaleString("en")} hint="inbound, never answered" testId="stat-missed" />
      </div>
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="lg:order-last">
          <LiveCallsPanel initialCalls={active.map(toLiveCall)} renderedAt={new Date().toISOString()} refreshOnChange={range.includesToday} />
        </div>
        <div className="min-w-0 space-y-5">
          {empty ? (
            <EmptyState title="No calls in this period">Calls appear here as the ribbon logs them (POST /api/ribbon/log-call). Try a longer period.</EmptyState>
          ) : (
            <>
              <ChartCard
                title="Calls per day"
                description="Calls started each UTC day of the period"
                summary={`${summary.totalCalls} calls over ${range.days.length} days.`}
                testId="chart-calls-per-day"
              >
                <CallsPerDayChart data={perDay} />
              </ChartCard>
              <ChartCard
                title="Calls by hour of day"
                description="Hour the call started, UTC"
                summary={`Busiest hour: ${busiestHour.label}:00 UTC with ${busiestHour.calls} calls.`}
                testId="chart-calls-by-hour"
              >
                <CountBarChart data={byHour} xLabel="Hour of day (UTC)" />
              </ChartCard>
              <div className="grid gap-5 2xl:grid-cols-2">
                <ChartCard
                  title="Calls by day of week"
                  description="Day the call started, UTC"
                  summary={byWeekday.map((p) => `${p.label} ${p.calls}`).join(", ")}
                  testId="chart-calls-by-weekday"
                >
                  <CountBarChart data={byWeekday} xLabel="Day of week (UTC)" />
                </ChartCard>
                <ChartCard
                  title="Call duration"
                  description="Completed calls by length (m:ss buckets: under 0:30, 0:30–1:00, 1:00–3:00, 3:00–5:00, over 5:00)"
                  summary={buckets.map((p) => `${p.label}: ${p.calls}`).join(", ")}
                  empty={buckets.every((b) => b.calls === 0) && "No completed calls in this period."}
                  testId="chart-duration-buckets"
                >
                  <CountBarChart data={buckets} xLabel="Duration" yLabel="Completed calls" color="#7c3aed" />
                </ChartCard>
              </div>
              <ChartCard
                title="Top customers"
                description="Customers with the most calls in the period; hover for their talk time (m:ss)"
                summary={top.map((c) => `${c.name}: ${c.calls} calls, ${formatDuration(c.talkTime)}`).join("; ")}
                empty={top.length === 0 && "No call in this period was linked to a customer."}
                testId="chart-top-customers"
              >
                <TopCustomersChart data={top} />
              </ChartCard>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
