import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { Conflict, NotFound } from "../errors";
import { isUuid } from "../uuid";

/**
 * Retries a failed attempt now: its scheduled retry is brought forward, or,
 * when retries were exhausted, one more attempt is queued. Refused for an
 * attempt that succeeded or is still queued.
 */
export async function retryDelivery(ctx: CrmContext, attemptId: string, now = new Date()): Promise<{ eventId: string }> {
  if (!isUuid(attemptId)) throw new NotFound("Delivery");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const failed = await tx.webhookDelivery.findFirst({
      where: { id: attemptId, tenantId: ctx.tenantId },
      select: { status: true, eventId: true, webhookId: true, webhook: { select: { active: true } } },
    });
    if (!failed) throw new NotFound("Delivery");
    if (!failed.webhook.active) throw new Conflict("Enable the webhook before retrying its deliveries");
    if (failed.status !== "failed") throw new Conflict("Only a failed delivery can be retried");
    const same = { tenantId: ctx.tenantId, eventId: failed.eventId, webhookId: failed.webhookId };
    const later = await tx.webhookDelivery.findFirst({ where: same, orderBy: { attempt: "desc" }, select: { id: true, attempt: true, status: true } });
    if (later?.status === "succeeded") throw new Conflict("This event has since been delivered");
    if (later?.status === "pending") {
      await tx.webhookDelivery.update({ where: { id: later.id }, data: { nextAttemptAt: now } });
      return { eventId: failed.eventId };
    }
    await tx.webhookDelivery.create({ data: { ...same, attempt: (later?.attempt ?? 0) + 1, nextAttemptAt: now } });
    return { eventId: failed.eventId };
  });
}
