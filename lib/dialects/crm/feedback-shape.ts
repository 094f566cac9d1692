import { z } from "zod";
import type { FeedbackRequestRecord, FeedbackResponseRecord } from "@/lib/crm/feedback/feedback-request-record";

export const crmFeedbackRequest = z.object({
  id: z.uuid().describe("The feedback id (`:feedbackId`) to post the answer to"),
  customer_id: z.uuid(),
  status: z.enum(["requested", "responded", "expired"]),
  channel: z.string(),
  requested_at: z.string(),
  expires_at: z.string().nullable(),
  reminders_sent: z.number().int(),
  response_url: z.string().describe("The customer's one-time link to the public response page"),
  created: z.boolean().describe("false when the customer's open request was answered instead of a new one"),
});

export function toCrmFeedbackRequest(request: FeedbackRequestRecord, responseUrl: string, created: boolean): z.infer<typeof crmFeedbackRequest> {
  return {
    id: request.id,
    customer_id: request.customerId,
    status: request.status,
    channel: request.channel,
    requested_at: request.requestedAt.toISOString(),
    expires_at: request.expiresAt?.toISOString() ?? null,
    reminders_sent: request.remindersSent,
    response_url: responseUrl,
    created,
  };
}

export const crmFeedbackResponse = z.object({
  id: z.uuid(),
  feedback_id: z.uuid().nullable(),
  customer_id: z.uuid(),
  rating: z.number().int().min(1).max(5),
  comment: z.string().nullable(),
  category: z.string().nullable(),
  sentiment: z.string().nullable(),
  sentiment_score: z.number().nullable(),
  themes: z.array(z.string()),
  created_at: z.string(),
});

export function toCrmFeedbackResponse(response: FeedbackResponseRecord): z.infer<typeof crmFeedbackResponse> {
  return {
    id: response.id,
    feedback_id: response.requestId,
    customer_id: response.customerId,
    rating: response.rating,
    comment: response.comment,
    category: response.category,
    sentiment: response.sentiment,
    sentiment_score: response.sentimentScore,
    themes: response.themes,
    created_at: response.createdAt.toISOString(),
  };
}

/** Rating aggregates as the analytics and dashboard answer them. */
export const crmRatingSummary = z.object({
  count: z.number().int(),
  average_rating: z.number().nullable(),
  promoters: z.number().int(),
  passives: z.number().int(),
  detractors: z.number().int(),
  nps: z.number().int().nullable(),
});

export function toCrmRatingSummary(summary: {
  count: number;
  averageRating: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  nps: number | null;
}) {
  return {
    count: summary.count,
    average_rating: summary.averageRating,
    promoters: summary.promoters,
    passives: summary.passives,
    detractors: summary.detractors,
    nps: summary.nps,
  };
}
