import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import type { TimeRange } from "../time-range";
import { getFeedbackAnalytics, type FeedbackAnalytics } from "./feedback-analytics";
import { summarizeFeedbackThemes, type FeedbackTheme } from "./feedback-theme-summary";
import { NPS_BUCKETS } from "./feedback-rules";

export interface RecentFeedback {
  id: string;
  customerId: string;
  customerName: string;
  rating: number;
  comment: string | null;
  category: string | null;
  sentiment: string | null;
  createdAt: Date;
}

export interface FeedbackDashboard {
  analytics: FeedbackAnalytics;
  topThemes: FeedbackTheme[];
  recent: RecentFeedback[];
  /** Detractors (rating 1-3) of the range, newest first: the follow-up list. */
  needsFollowUp: RecentFeedback[];
}

/** One call for the feedback page: the analytics, the top themes, the latest answers and the detractors to call back. */
export async function getFeedbackDashboard(ctx: CrmContext, range: TimeRange = {}, options: { themes?: number } = {}): Promise<FeedbackDashboard> {
  const db = await getDb();
  const analytics = await getFeedbackAnalytics(ctx, range);
  const { themes } = await summarizeFeedbackThemes(ctx, { ...range, limit: options.themes ?? 5 });
  const createdAt = range.from || range.before ? { gte: range.from, lt: range.before } : undefined;
  const select = {
    id: true,
    customerId: true,
    rating: true,
    comment: true,
    category: true,
    sentiment: true,
    createdAt: true,
    customer: { select: { name: true } },
  } as const;
  const toRecent = (row: {
    id: string;
    customerId: string;
    rating: number;
    comment: string | null;
    category: string | null;
    sentiment: string | null;
    createdAt: Date;
    customer: { name: string };
  }): RecentFeedback => ({
    id: row.id,
    customerId: row.customerId,
    customerName: row.customer.name,
    rating: row.rating,
    comment: row.comment,
    category: row.category,
    sentiment: row.sentiment,
    createdAt: row.createdAt,
  });
  const recent = await db.feedbackResponse.findMany({
    where: { tenantId: ctx.tenantId, createdAt },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 10,
    select,
  });
  const detractors = await db.feedbackResponse.findMany({
    where: { tenantId: ctx.tenantId, createdAt, rating: { lt: NPS_BUCKETS.passiveMin } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 10,
    select,
  });
  return { analytics, topThemes: themes, recent: recent.map(toRecent), needsFollowUp: detractors.map(toRecent) };
}
