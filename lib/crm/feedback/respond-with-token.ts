import { getDb } from "@/lib/db/client";
import { systemContext } from "../context";
import { Conflict, NotFound } from "../errors";
import { answerFeedbackRequestIn, type FeedbackAnswer } from "./answer-feedback-request";
import type { FeedbackResponseRecord } from "./feedback-request-record";
import { hashFeedbackToken, isFeedbackTokenShape } from "./feedback-token";

/** The public page's submit: the token names the request (and so the tenant); it works once, until the request expires. */
export async function respondWithToken(token: string, answer: FeedbackAnswer, now = new Date()): Promise<FeedbackResponseRecord> {
  if (!isFeedbackTokenShape(token)) throw new NotFound("Feedback");
  const db = await getDb();
  const request = await db.feedbackRequest.findUnique({
    where: { tokenHash: hashFeedbackToken(token) },
    select: { id: true, tenantId: true, status: true, expiresAt: true },
  });
  if (!request) throw new NotFound("Feedback");
  if (request.status === "responded") throw new Conflict("This feedback has already been received. Thank you!");
  if (request.status === "expired" || (request.expiresAt && request.expiresAt <= now)) throw new Conflict("This feedback link has expired.");
  return db.$transaction((tx) => answerFeedbackRequestIn(tx, systemContext(request.tenantId, "feedback-page"), request.id, answer, now));
}
