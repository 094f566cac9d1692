import { z } from "zod";
import { getFeedbackAnalytics, type FeedbackAnalytics } from "@/lib/crm/feedback/feedback-analytics";
import { defineEndpoint } from "@/lib/http/endpoint";
import { dateRangeQuery, toDateRange } from "./date-range";
import { crm } from "./dialect";
import { crmRatingSummary, toCrmRatingSummary } from "./feedback-shape";

export const feedbackAnalyticsResponse = crmRatingSummary.extend({
  average_sentiment: z.number().nullable(),
  requests: z.object({
    sent: z.number().int(),
    responded: z.number().int(),
    pending: z.number().int(),
    expired: z.number().int(),
    reminders_sent: z.number().int(),
    response_rate: z.number().nullable().describe("Percent of requests answered"),
  }),
  by_category: z.array(crmRatingSummary.extend({ category: z.string() })),
  by_month: z.array(crmRatingSummary.extend({ month: z.string().describe("YYYY-MM (UTC)") })),
});

export function toCrmFeedbackAnalytics(analytics: FeedbackAnalytics): z.infer<typeof feedbackAnalyticsResponse> {
  const { requests } = analytics;
  return {
    ...toCrmRatingSummary(analytics),
    average_sentiment: analytics.averageSentiment,
    requests: {
      sent: requests.sent,
      responded: requests.responded,
      pending: requests.pending,
      expired: requests.expired,
      reminders_sent: requests.remindersSent,
      response_rate: requests.responseRate,
    },
    by_category: analytics.byCategory.map((row) => ({ category: row.category, ...toCrmRatingSummary(row) })),
    by_month: analytics.byMonth.map((row) => ({ month: row.month, ...toCrmRatingSummary(row) })),
  };
}

export const getCrmFeedbackAnalytics = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/feedback/analytics",
  summary: "Get feedback analytics",
  description:
    "Feedback in figures, computed by SQL aggregates: response `count`, `average_rating`, NPS-style buckets on the 1-5 scale (5 promoter, 4 passive, 1-3 detractor) and `nps` = % promoters − % detractors (-100..100), average comment sentiment (-1..1), " +
    "the request funnel (sent, responded, pending, expired, reminders, response rate), and the same rating figures by category (`uncategorized` when none) and by month. Optional `date_from`/`date_to` (inclusive) select responses by when they were received and requests by when they were sent.",
  auth: "tenant",
  scope: "read:customers",
  query: z.object(dateRangeQuery),
  response: feedbackAnalyticsResponse,
  async handler({ ctx, query }) {
    return toCrmFeedbackAnalytics(await getFeedbackAnalytics(ctx, toDateRange(query)));
  },
});
