import { z } from "zod";
import { getFeedbackDashboard, type RecentFeedback } from "@/lib/crm/feedback/feedback-dashboard";
import { defineEndpoint } from "@/lib/http/endpoint";
import { dateRangeQuery, toDateRange } from "./date-range";
import { crm } from "./dialect";
import { feedbackAnalyticsResponse, toCrmFeedbackAnalytics } from "./feedback-analytics";
import { crmFeedbackTheme, toCrmFeedbackTheme } from "./feedback-themes";

const recentFeedback = z.object({
  id: z.uuid(),
  customer_id: z.uuid(),
  customer_name: z.string(),
  rating: z.number().int(),
  comment: z.string().nullable(),
  category: z.string().nullable(),
  sentiment: z.string().nullable(),
  created_at: z.string(),
});

function toRecent(row: RecentFeedback): z.infer<typeof recentFeedback> {
  return {
    id: row.id,
    customer_id: row.customerId,
    customer_name: row.customerName,
    rating: row.rating,
    comment: row.comment,
    category: row.category,
    sentiment: row.sentiment,
    created_at: row.createdAt.toISOString(),
  };
}

export const getCrmFeedbackDashboard = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/feedback/dashboard",
  summary: "Get feedback dashboard",
  description:
    "Everything a feedback dashboard shows in one call: `analytics` (as `GET /dev/crm/feedback/analytics`), the five `top_themes`, the ten most `recent` responses, and `needs_follow_up`: the latest ten detractors (rating 1-3) to call back. Optional `date_from`/`date_to`.",
  auth: "tenant",
  scope: "read:customers",
  query: z.object(dateRangeQuery),
  response: z.object({
    analytics: feedbackAnalyticsResponse,
    top_themes: z.array(crmFeedbackTheme),
    recent: z.array(recentFeedback),
    needs_follow_up: z.array(recentFeedback),
  }),
  async handler({ ctx, query }) {
    const dashboard = await getFeedbackDashboard(ctx, toDateRange(query));
    return {
      analytics: toCrmFeedbackAnalytics(dashboard.analytics),
      top_themes: dashboard.topThemes.map(toCrmFeedbackTheme),
      recent: dashboard.recent.map(toRecent),
      needs_follow_up: dashboard.needsFollowUp.map(toRecent),
    };
  },
});
