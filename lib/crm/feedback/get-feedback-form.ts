import { getDb } from "@/lib/db/client";
import type { FeedbackStatus } from "@/lib/db/generated/enums";
import { hashFeedbackToken, isFeedbackTokenShape } from "./feedback-token";

export interface FeedbackForm {
  state: "open" | "answered" | "expired";
  customerName: string;
  workspaceName: string;
  requestedAt: Date;
  /** The answer, once given (the thank-you view shows it back). */
  rating: number | null;
}

/** What the public page needs for a token, or null when the token names nothing. Reveals no ids. */
export async function getFeedbackForm(token: string, now = new Date()): Promise<FeedbackForm | null> {
  if (!isFeedbackTokenShape(token)) return null;
  const db = await getDb();
  const request = await db.feedbackRequest.findUnique({
    where: { tokenHash: hashFeedbackToken(token) },
    select: {
      status: true,
      requestedAt: true,
      expiresAt: true,
      customer: { select: { name: true } },
      tenant: { select: { name: true } },
      response: { select: { rating: true } },
    },
  });
  if (!request) return null;
  return {
    state: stateOf(request.status, request.expiresAt, now),
    customerName: request.customer.name,
    workspaceName: request.tenant.name,
    requestedAt: request.requestedAt,
    rating: request.response?.rating ?? null,
  };
}

function stateOf(status: FeedbackStatus, expiresAt: Date | null, now: Date): FeedbackForm["state"] {
  if (status === "responded") return "answered";
  if (status === "expired" || (expiresAt && expiresAt <= now)) return "expired";
  return "open";
}
