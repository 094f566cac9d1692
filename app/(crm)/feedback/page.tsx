import type { Metadata } from "next";
import Link from "next/link";
import { firstValues } from "@/app/(crm)/calls/search-params";
import { CategoryBarChart } from "@/components/charts/category-bar-chart";
import { CHART_COLORS } from "@/components/charts/chart-theme";
import { TrendLineChart } from "@/components/charts/trend-line-chart";
import { FeedbackComments } from "@/components/feedback/feedback-comments";
import { NpsSplit } from "@/components/feedback/nps-split";
import { Stars } from "@/components/feedback/stars";
import { ReportsForManagers } from "@/components/reports/reports-for-managers";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ChartCard } from "@/components/ui/chart-card";
import { DateRangePicker } from "@/components/ui/date-range-picker";
import { FiguresTable } from "@/components/ui/figures-table";
import { formatDateTime } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { getFeedbackDashboard } from "@/lib/crm/feedback/feedback-dashboard";
import { listPendingFeedbackRequests } from "@/lib/crm/feedback/list-pending-feedback-requests";
import { resolveDateRange, type DateRangePreset } from "@/lib/crm/reports/date-range-preset";

export const metadata: Metadata = { title: "Feedback" };

const PRESETS: readonly DateRangePreset[] = ["30d", "90d", "12m", "month"];
const SENTIMENT_COLOR = { positive: CHART_COLORS.green, neutral: CHART_COLORS.slate, negative: CHART_COLORS.red } as const;
const SENTIMENT_TONE = { positive: "green", neutral: "neutral", negative: "red" } as const;
const n = (value: number) => value.toLocaleString("en");
const monthLabel = (month: string) => new Date(`${month}-01T00:00:00Z`).toLocaleDateString("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" });

/** "2026-03" for every month the period touches, oldest first (months without answers are drawn as gaps). */
function monthsOf(fromDay: string, toDay: string): string[] {
  const months: string[] = [];
  const end = toDay.slice(0, 7);
  for (let d = new Date(`${fromDay.slice(0, 7)}-01T00:00:00Z`); ; d.setUTCMonth(d.getUTCMonth() + 1)) {
    const month = d.toISOString().slice(0, 7);
    months.push(month);
    if (month >= end) return months;
  }
}

/**
 * /feedback: what customers say, from the same domain functions as
 * GET /dev/crm/feedback/dashboard, /analytics and /themes: ratings, the
 * NPS-style split, ratings by month, recurring themes with their sentiment,
 * the latest comments, detractors to call back and requests still waiting.
 */
export default async function FeedbackPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, ctx } = await requireUser();
  if (!can(user.role, "viewReports")) return <ReportsForManagers title="Feedback" />;
  const range = resolveDateRange(await firstValues(searchParams), new Date(), "90d");
  const dashboard = await getFeedbackDashboard(ctx, { from: range.from, before: range.to }, { themes: 8 });
  const pending = await listPendingFeedbackRequests(ctx, { limit: 8 });
  const { analytics, topThemes } = dashboard;

  const byMonth = new Map(analytics.byMonth.map((m) => [m.month, m]));
  const ratings = monthsOf(range.fromDay, range.toDay).map((month) => ({
    month,
    label: monthLabel(month),
    value: byMonth.get(month)?.averageRating ?? null,
    second: byMonth.get(month)?.count ?? 0,
  }));
  const themes = topThemes.map((t) => ({ label: t.theme, value: t.mentions, color: SENTIMENT_COLOR[t.sentiment] }));
  const none = analytics.count === 0 && "No feedback was received in this period.";

  return (
    <div className="space-y-5">
      <PageHeader title="Feedback" description={`Answers to feedback requests received ${range.fromDay} to ${range.toDay} (UTC days).`} />
      <DateRangePicker range={range} path="/feedback" presets={PRESETS} />
      {range.problem && <Alert tone="info">{range.problem}</Alert>}

      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5" data-testid="feedback-stats">
        <StatCard label="Responses" value={n(analytics.count)} hint={`${n(analytics.requests.sent)} requests sent`} testId="stat-responses" />
        <StatCard
          label="Average rating"
          value={analytics.averageRating === null ? "—" : analytics.averageRating.toFixed(2)}
          hint={analytics.averageRating === null ? "out of 5" : <Stars rating={Math.round(analytics.averageRating)} className="h-3.5 w-3.5" />}
          testId="stat-average-rating"
        />
        <StatCard label="NPS" value={analytics.nps ?? "—"} hint="% promoters − % detractors" testId="stat-nps" />
        <StatCard
          label="Response rate"
          value={analytics.requests.responseRate === null ? "—" : `${analytics.requests.responseRate}%`}
          hint={`${n(analytics.requests.responded)} of ${n(analytics.requests.sent)} requests`}
          testId="stat-response-rate"
        />
        <StatCard label="Waiting for an answer" value={n(pending.total)} hint="requests with a working link" testId="stat-pending" />
      </div>

      <div className="grid gap-5 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <ChartCard
          title="Ratings over time"
          description="Average rating (1-5) of each month's answers, and how many answers there were"
          summary={ratings.map((r) => `${r.label}: ${r.value ?? "no answers"}`).join(", ")}
          empty={none}
          testId="chart-ratings"
          figures={
            <FiguresTable
              caption="Ratings by month"
              headers={["Month", "Answers", "Average", "NPS"]}
              rows={analytics.byMonth.map((m) => [m.month, n(m.count), m.averageRating?.toFixed(2) ?? "—", m.nps ?? "—"])}
              collapsed={analytics.byMonth.length > 6}
              testId="table-ratings"
            />
          }
        >
          <TrendLineChart data={ratings} valueName="Average rating" secondName="Answers" xLabel="Month (UTC)" domain={[1, 5]} />
        </ChartCard>
        <Card title="Promoters, passives, detractors" description="NPS-style buckets on the 1-5 scale">
          {analytics.count === 0 ? (
            <p className="py-6 text-center text-sm text-slate-500">No answers in this period.</p>
          ) : (
            <NpsSplit promoters={analytics.promoters} passives={analytics.passives} detractors={analytics.detractors} />
          )}
        </Card>
      </div>

      <ChartCard
        title="Themes"
        description={
          <>
            Topics that recur in comments (found offline with wink-nlp), by mentions; colour is the comments&apos; average sentiment:{" "}
            {(["positive", "neutral", "negative"] as const).map((key) => (
              <span key={key} className="mr-2 inline-flex items-center gap-1 whitespace-nowrap">
                <span className="inline-block h-2.5 w-2.5 rounded-sm" style={{ backgroundColor: SENTIMENT_COLOR[key] }} aria-hidden />
                {key}
              </span>
            ))}
          </>
        }
        summary={topThemes.map((t) => `${t.theme}: ${t.mentions} mentions, ${t.sentiment}`).join("; ")}
        empty={topThemes.length === 0 && "No theme is mentioned twice in this period's comments."}
        testId="chart-themes"
        figures={
          <FiguresTable
            caption="Themes"
            headers={["Theme", "Mentions", "Sentiment", "Avg rating", "Latest comment"]}
            rows={topThemes.map((t) => [
              t.theme,
              n(t.mentions),
              <Badge key="s" tone={SENTIMENT_TONE[t.sentiment]}>
                {t.sentiment} {t.averageSentiment === null ? "" : `(${t.averageSentiment > 0 ? "+" : ""}${t.averageSentiment.toFixed(2)})`}
              </Badge>,
              t.averageRating.toFixed(1),
              <span key="e" className="line-clamp-2 block max-w-xs text-left text-xs whitespace-normal text-slate-500">
                {t.example ?? "—"}
              </span>,
            ])}
            testId="table-themes"
          />
        }
      >
        <CategoryBarChart data={themes} valueName="Mentions" />
      </ChartCard>

      <div className="grid gap-5 lg:grid-cols-2">
        <Card title="Latest comments" description="The newest answers of the period">
          <FeedbackComments items={dashboard.recent} empty="No answers in this period." testId="latest-comments" />
        </Card>
        <div className="space-y-5">
          <Card title="Call them back" description="Detractors (rated 1-3) of the period, newest first">
            <FeedbackComments items={dashboard.needsFollowUp} empty="No detractors in this period." testId="detractors" />
          </Card>
          <Card title="Waiting for an answer" description="Requests not answered yet; reminders go out automatically">
            {pending.requests.length === 0 ? (
              <p className="py-6 text-center text-sm text-slate-500">No request is waiting.</p>
            ) : (
              <ul className="divide-y divide-slate-100" data-testid="pending-requests">
                {pending.requests.map((request) => (
                  <li key={request.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 py-2.5 first:pt-0 last:pb-0">
                    <Link
                      href={`/customers/${request.customerId}`}
                      className="text-sm font-medium text-slate-900 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
                    >
                      {request.customerName}
                    </Link>
                    <span className="text-xs text-slate-500">
                      sent {formatDateTime(request.requestedAt)} by {request.channel} · {request.remindersSent} reminder{request.remindersSent === 1 ? "" : "s"}
                      {request.expiresAt ? ` · link open until ${formatDateTime(request.expiresAt)}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {pending.total > pending.requests.length && (
              <p className="mt-3 text-xs text-slate-500">
                Showing the newest {pending.requests.length} of {n(pending.total)}.
              </p>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
