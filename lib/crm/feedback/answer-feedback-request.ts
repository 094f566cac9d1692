import type { Prisma } from "@/lib/db/client";
import { extractThemes } from "@/lib/nlp/feedback-themes";
import { sentimentOf } from "@/lib/nlp/sentiment";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { Conflict, NotFound, ValidationFailed } from "../errors";
import { feedbackResponseSelect, type FeedbackResponseRecord } from "./feedback-request-record";

export interface FeedbackAnswer {
  /** 1-5. */
  rating: number;
  comment?: string | null;
  /** Free text, stored lower-cased (e.g. "support", "billing", "product"). */
  category?: string | null;
}

/** Stores the answer to one request of the tenant's, claiming the request atomically (the API and the public page both end here). */
export async function answerFeedbackRequestIn(
  tx: Prisma.TransactionClient,
  ctx: CrmContext,
  requestId: string,
  answer: FeedbackAnswer,
  now: Date,
): Promise<FeedbackResponseRecord> {
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
