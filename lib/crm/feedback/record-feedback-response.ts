import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";
import { answerFeedbackRequestIn, type FeedbackAnswer } from "./answer-feedback-request";
import type { FeedbackResponseRecord } from "./feedback-request-record";

/**
 * Records the answer to a request (POST /dev/crm/feedback/:feedbackId): 404
 * for a request that is not the tenant's, 409 once it has been answered. An
 * expired request can still be answered through the API (the integrator got
 * the answer some other way); the public link refuses it.
 */
export async function recordFeedbackResponse(ctx: CrmContext, requestId: string, answer: FeedbackAnswer, now = new Date()): Promise<FeedbackResponseRecord> {
  if (!isUuid(requestId)) throw new NotFound("Feedback");
  const db = await getDb();
  return db.$transaction((tx) => answerFeedbackRequestIn(tx, ctx, requestId, answer, now));
}
