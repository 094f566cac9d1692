import { getDb } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import { assertMayWrite, ownerScopeSql } from "../access/access";
import type { CrmContext } from "../context";
import { Conflict, NotFound } from "../errors";
import { isUuid } from "../uuid";
import { feedbackRequestSelect, type FeedbackRequestRecord } from "./feedback-request-record";
import { DAY_MS, FEEDBACK_DEFAULTS } from "./feedback-rules";
import { hashFeedbackToken, feedbackResponsePath, feedbackToken } from "./feedback-token";

export interface FeedbackRequestResult {
  request: FeedbackRequestRecord;
  /** Path of the public response page (/feedback/respond/<token>). */
  responsePath: string;
  /** False when the customer's open request was answered instead of a new one. */
  created: boolean;
}

/**
 * Asks a customer for feedback: a request with a one-time response link.
 * A customer with an open (unanswered, unexpired) request gets that request
 * back rather than a second one, so a repeated call sends nothing twice.
 * Blocked customers are not asked (409).
 */
export async function requestFeedback(ctx: CrmContext, customerId: string, options: { channel?: string; now?: Date } = {}): Promise<FeedbackRequestResult> {
  assertMayWrite(ctx);
  if (!isUuid(customerId)) throw new NotFound("Customer");
  const now = options.now ?? new Date();
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // Row lock on the customer: two concurrent requests cannot both create one.
    const customer = await tx.$queryRaw<{ id: string; status: string }[]>`
      SELECT id, status::text AS status FROM "Customer" WHERE id = ${customerId}::uuid AND "tenantId" = ${ctx.tenantId}::uuid AND ${ownerScopeSql(ctx, `"assignedToId"`)} FOR UPDATE`;
    if (!customer[0]) throw new NotFound("Customer");
    if (customer[0].status === "blocked") throw new Conflict("Customer is blocked; feedback is not requested from blocked customers");
    const open = await tx.feedbackRequest.findFirst({
      where: { tenantId: ctx.tenantId, customerId, status: "requested", OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      orderBy: { requestedAt: "desc" },
      select: feedbackRequestSelect,
    });
    if (open) return { request: open, responsePath: feedbackResponsePath(open.id), created: false };

    const created = await tx.feedbackRequest.create({
      data: {
        tenantId: ctx.tenantId,
        customerId,
        channel: options.channel ?? "email",
        requestedAt: now,
        expiresAt: new Date(now.getTime() + FEEDBACK_DEFAULTS.expiresAfterDays * DAY_MS),
        nextReminderAt: new Date(now.getTime() + FEEDBACK_DEFAULTS.remindAfterDays * DAY_MS),
      },
      select: { id: true },
    });
    // The token derives from the id, so the hash is written once the id exists.
    const request = await tx.feedbackRequest.update({
      where: { id: created.id },
      data: { tokenHash: hashFeedbackToken(feedbackToken(created.id)) },
      select: feedbackRequestSelect,
    });
    await recordAudit(tx, ctx, { action: "feedback.requested", entityType: "feedback_request", entityId: request.id, data: { customer_id: customerId } });
    return { request, responsePath: feedbackResponsePath(request.id), created: true };
  });
}
