import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { findVisibleCustomer } from "../customers/find-visible-customer";
import { feedbackRequestSelect, feedbackResponseSelect, type FeedbackRequestRecord, type FeedbackResponseRecord } from "./feedback-request-record";

export interface CustomerFeedback {
  /** The latest responses, newest first. */
  responses: FeedbackResponseRecord[];
  /** Requests still waiting for an answer (unanswered, not expired), newest first. */
  pending: FeedbackRequestRecord[];
}

/** One customer's feedback for the customer page; another tenant's or another rep's customer is NotFound. */
export async function listCustomerFeedback(ctx: CrmContext, customerId: string, limit = 10, now = new Date()): Promise<CustomerFeedback> {
  const db = await getDb();
  await findVisibleCustomer(db, ctx, { id: customerId });
  const [responses, pending] = await Promise.all([
    db.feedbackResponse.findMany({
      where: { tenantId: ctx.tenantId, customerId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: feedbackResponseSelect,
    }),
    db.feedbackRequest.findMany({
      where: { tenantId: ctx.tenantId, customerId, status: "requested", OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      orderBy: { requestedAt: "desc" },
      take: 5,
      select: feedbackRequestSelect,
    }),
  ]);
  return { responses, pending };
}
