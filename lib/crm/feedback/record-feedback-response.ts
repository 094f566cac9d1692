import { getDb, type Prisma } from "@/lib/db/client";
import { extractThemes } from "@/lib/nlp/feedback-themes";
import { sentimentOf } from "@/lib/nlp/sentiment";
import { recordAudit } from "../audit/record-audit";
import { systemContext, type CrmContext } from "../context";
import { Conflict, NotFound, ValidationFailed } from "../errors";
import { isUuid } from "../uuid";
import { feedbackResponseSelect, type FeedbackResponseRecord } from "./feedback-request-record";
import { hashFeedbackToken, isFeedbackTokenShape } from "./feedback-token";

export interface FeedbackAnswer {
  /** 1-5. */
  rating: number;
  comment?: string | null;
  /** Free text, stored lower-cased (e.g. "support", "billing", "product"). */
  category?: string | null;
}

/**
 * Records the answer to a request (POST /dev/crm/feedback/:feedbackId): 404
 * for a request that is not the tenant's, 409 once it has been answered. An
 * expired request can still be answered through the API (the integrator got
 * the answer some other way); the public link refuses it.
 */
export async function recordFeedbackResponse(ctx: CrmContext, requestId: string, answer: FeedbackAnswer, now = new Date()): Promise<FeedbackResponseRecord> {
  if (!isUuid(requestId)) throw new NotFound("Feedback");
  const db = await getDb();
  return db.$transaction((tx) => answerIn(tx, ctx, requestId, answer, now));
}

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
  return db.$transaction((tx) => answerIn(tx, systemContext(request.tenantId, "feedback-page"), request.id, answer, now));
}

async function answerIn(tx: Prisma.TransactionClient, ctx: CrmContext, requestId: string, answer: FeedbackAnswer, now: Date): Promise<FeedbackResponseRecord> {
  if (!Number.isInteger(answer.rating) || answer.rating < 1 || answer.rating > 5)
    throw new ValidationFailed([{ field: "rating", message: "Rating must be a whole number from 1 to 5" }]);
  // Atomic claim: of two concurrent answers exactly one flips the status.
  const claimed = await tx.$queryRaw<{ customerId: string }[]>`
    UPDATE "FeedbackRequest" SET status = 'responded', "respondedAt" = (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'), "nextReminderAt" = NULL
    WHERE id = ${requestId}::uuid AND "tenantId" = ${ctx.tenantId}::uuid AND status <> 'responded'
    RETURNING "customerId"`;
  const customerId = claimed[0]?.customerId;
  if (!customerId) {
    const exists = await tx.feedbackRequest.findFirst({ where: { id: requestId, tenantId: ctx.tenantId }, select: { id: true } });
    if (!exists) throw new NotFound("Feedback");
    throw new Conflict("Feedback already received for this request");
  }
  const comment = answer.comment?.trim() || null;
  const sentiment = comment ? sentimentOf(comment) : null;
  const response = await tx.feedbackResponse.create({
    data: {
      tenantId: ctx.tenantId,
      requestId,
      customerId,
      rating: answer.rating,
      comment,
      category: answer.category?.trim().toLowerCase() || null,
      sentiment: sentiment?.label ?? null,
      sentimentScore: sentiment?.score ?? null,
      themes: comment ? extractThemes(comment) : [],
      createdAt: now,
    },
    select: feedbackResponseSelect,
  });
  await recordAudit(tx, ctx, { action: "feedback.received", entityType: "feedback_request", entityId: requestId, data: { rating: answer.rating } });
  return response;
}
