import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CrmContext } from "../context";
import { rangeSql, type TimeRange } from "../time-range";
import { NPS_BUCKETS } from "./feedback-rules";

export interface RatingSummary {
  count: number;
  averageRating: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  /** % promoters − % detractors, -100..100; null without responses. */
  nps: number | null;
}

export interface FeedbackAnalytics extends RatingSummary {
  averageSentiment: number | null;
  requests: { sent: number; responded: number; pending: number; expired: number; remindersSent: number; responseRate: number | null };
  byCategory: (RatingSummary & { category: string })[];
  byMonth: (RatingSummary & { month: string })[];
}

/** The rating aggregates every feedback figure shares (NPS-style buckets on the 1-5 scale). */
export const RATING_COLUMNS = Prisma.sql`
  count(*)::int AS count,
  round(avg(rating)::numeric, 2)::float8 AS "averageRating",
  (count(*) FILTER (WHERE rating >= ${NPS_BUCKETS.promoterMin}))::int AS promoters,
  (count(*) FILTER (WHERE rating >= ${NPS_BUCKETS.passiveMin} AND rating < ${NPS_BUCKETS.promoterMin}))::int AS passives,
  (count(*) FILTER (WHERE rating < ${NPS_BUCKETS.passiveMin}))::int AS detractors,
  CASE WHEN count(*) = 0 THEN NULL ELSE round(100.0 * (count(*) FILTER (WHERE rating >= ${NPS_BUCKETS.promoterMin}) - count(*) FILTER (WHERE rating < ${NPS_BUCKETS.passiveMin})) / count(*))::int END AS nps`;

/** Feedback in figures: all SQL aggregates (GROUP BY, FILTER), over responses received in the range. */
export async function getFeedbackAnalytics(ctx: CrmContext, range: TimeRange = {}): Promise<FeedbackAnalytics> {
  const db = await getDb();
  const where = Prisma.sql`"tenantId" = ${ctx.tenantId}::uuid ${rangeSql(`"createdAt"`, range)}`;
  // Sequential: cheap aggregates, and one pool connection per request is kinder to a shared database.
  const [summary] = await db.$queryRaw<(RatingSummary & { averageSentiment: number | null })[]>`
    SELECT ${RATING_COLUMNS}, round(avg("sentimentScore")::numeric, 3)::float8 AS "averageSentiment"
    FROM "FeedbackResponse" WHERE ${where}`;
  const byCategory = await db.$queryRaw<(RatingSummary & { category: string })[]>`
    SELECT COALESCE(category, 'uncategorized') AS category, ${RATING_COLUMNS}
    FROM "FeedbackResponse" WHERE ${where}
    GROUP BY 1 ORDER BY count(*) DESC, 1`;
  const byMonth = await db.$queryRaw<(RatingSummary & { month: string })[]>`
    SELECT to_char(date_trunc('month', "createdAt"), 'YYYY-MM') AS month, ${RATING_COLUMNS}
    FROM "FeedbackResponse" WHERE ${where}
    GROUP BY 1 ORDER BY 1`;
  const [requests] = await db.$queryRaw<{ sent: number; responded: number; pending: number; expired: number; remindersSent: number }[]>`
    SELECT count(*)::int AS sent,
      (count(*) FILTER (WHERE status = 'responded'))::int AS responded,
      (count(*) FILTER (WHERE status = 'requested'))::int AS pending,
      (count(*) FILTER (WHERE status = 'expired'))::int AS expired,
      COALESCE(sum("remindersSent"), 0)::int AS "remindersSent"
    FROM "FeedbackRequest" WHERE "tenantId" = ${ctx.tenantId}::uuid ${rangeSql(`"requestedAt"`, range)}`;
  const sent = requests?.sent ?? 0;
  return {
    ...(summary ?? { count: 0, averageRating: null, promoters: 0, passives: 0, detractors: 0, nps: null, averageSentiment: null }),
    requests: {
      sent,
      responded: requests?.responded ?? 0,
      pending: requests?.pending ?? 0,
      expired: requests?.expired ?? 0,
      remindersSent: requests?.remindersSent ?? 0,
      responseRate: sent ? Math.round(((requests?.responded ?? 0) / sent) * 1000) / 10 : null,
    },
    byCategory,
    byMonth,
  };
}
