import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { Conflict, NotFound } from "../errors";
import { TEST_EVENT } from "./webhook-events";
import { webhookWhere, type WebhookRef } from "./webhook-ref";

/**
 * Queues a `webhook.test` event for this one webhook. It goes through the
 * worker like any event (same signing, retries and log), so it proves the
 * whole path. The outbox row is born processed: no other webhook gets it.
 */
export async function sendTestEvent(ctx: CrmContext, ref: WebhookRef, now = new Date()): Promise<{ eventId: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const webhook = await tx.webhook.findFirst({ where: webhookWhere(ctx.tenantId, ref), select: { id: true, seq: true, active: true } });
    if (!webhook) throw new NotFound("Webhook");
    if (!webhook.active) throw new Conflict("Enable the webhook before sending a test event");
    const event = await tx.outboxEvent.create({
      data: {
        tenantId: ctx.tenantId,
        type: TEST_EVENT,
        occurredAt: now,
        processedAt: now,
        payload: {
          event: TEST_EVENT,
          timestamp: now.toISOString(),
          data: { webhook_id: webhook.seq, message: "Test event: your endpoint receives and verifies webhooks." },
        },
      },
      select: { id: true },
    });
    await tx.webhookDelivery.create({ data: { tenantId: ctx.tenantId, webhookId: webhook.id, eventId: event.id, nextAttemptAt: now } });
    return { eventId: event.id };
  });
}

/** Whether an attempt to deliver this event has been made since `since` (the settings page waits a moment for one). */
export async function attemptMadeSince(ctx: CrmContext, eventId: string, since: Date): Promise<boolean> {
  const db = await getDb();
  const attempt = await db.webhookDelivery.findFirst({ where: { tenantId: ctx.tenantId, eventId, attemptedAt: { gte: since } }, select: { id: true } });
  return attempt !== null;
}
