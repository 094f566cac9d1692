import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";

export interface PendingFeedbackRequest {
  id: string;
  customerId: string;
  customerName: string;
  channel: string;
  requestedAt: Date;
  remindersSent: number;
  /** When the reminder job will nudge again; null when no reminder is left. */
  nextReminderAt: Date | null;
  expiresAt: Date | null;
}

/**
 * Feedback requests still waiting for an answer whose link still works,
 * newest first (the first `limit`), and how many there are in all.
 */
export async function listPendingFeedbackRequests(
  ctx: CrmContext,
  options: { limit: number },
  now = new Date(),
): Promise<{ total: number; requests: PendingFeedbackRequest[] }> {
  const db = await getDb();
  const where = { tenantId: ctx.tenantId, status: "requested" as const, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
  const rows = await db.feedbackRequest.findMany({
    where,
    orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
    take: options.limit,
    select: {
      id: true,
      customerId: true,
      channel: true,
      requestedAt: true,
      remindersSent: true,
      nextReminderAt: true,
      expiresAt: true,
      customer: { select: { name: true } },
    },
  });
  const total = await db.feedbackRequest.count({ where });
  return { total, requests: rows.map(({ customer, ...row }) => ({ ...row, customerName: customer.name })) };
}
