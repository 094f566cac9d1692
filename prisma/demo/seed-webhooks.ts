import { nextSeq, SEQ } from "@/lib/crm/sequence";
import type { Db } from "@/lib/db/client";
import { seal } from "@/lib/security/secret-box";
import { generateWebhookSecret } from "@/lib/security/webhook-signature";

/**
 * One demo webhook with a short delivery history (a success, a failure that
 * was retried, a retry waiting), disabled so the running demo does not try to reach
 * its made-up host. Enabling it in Settings → Webhooks shows failures live.
 */
export async function seedDemoWebhook(db: Db, tenantId: string): Promise<void> {
  const now = Date.now();
  const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000);
  await db.$transaction(async (tx) => {
    const seq = await nextSeq(tx, tenantId, SEQ.webhook);
    const webhook = await tx.webhook.create({
      data: {
        tenantId,
        seq,
        url: "https://hooks.example.com/relay-crm",
        events: ["lead.created", "lead.status_updated", "invoice.created"],
        description: "Marketing automation (demo)",
        secretEnc: seal(generateWebhookSecret()),
        active: false,
        disabledAt: at(5),
        disabledReason: "Disabled by a person",
        createdAt: at(120),
      },
    });
    const event = async (type: string, minutesAgo: number, data: Record<string, string>) =>
      tx.outboxEvent.create({
        data: {
          tenantId,
          type,
          occurredAt: at(minutesAgo),
          processedAt: at(minutesAgo),
          payload: { event: type, timestamp: at(minutesAgo).toISOString(), data },
        },
      });
    const created = await event("lead.created", 90, { lead_id: "lead_demo1", name: "Priya Shah", email: "priya.shah@example.com", source: "website" });
    const updated = await event("lead.status_updated", 60, { lead_id: "lead_demo1", old_status: "new", new_status: "contacted", updated_by: "user_demo" });
    const invoice = await event("invoice.created", 30, { invoice_id: "1", invoice_number: "INV-2026-001", customer_id: "1", amount: "1500.00" });
    const base = { tenantId, webhookId: webhook.id };
    await tx.webhookDelivery.createMany({
      data: [
        {
          ...base,
          eventId: created.id,
          attempt: 1,
          status: "succeeded",
          responseStatus: 200,
          responseBody: "ok",
          durationMs: 182,
          createdAt: at(90),
          attemptedAt: at(90),
          deliveredAt: at(90),
        },
        {
          ...base,
          eventId: updated.id,
          attempt: 1,
          status: "failed",
          responseStatus: 503,
          responseBody: "Service Unavailable",
          error: "HTTP 503",
          durationMs: 95,
          createdAt: at(60),
          attemptedAt: at(60),
          nextAttemptAt: at(59.9),
        },
        {
          ...base,
          eventId: updated.id,
          attempt: 2,
          status: "succeeded",
          responseStatus: 200,
          responseBody: "ok",
          durationMs: 140,
          createdAt: at(59.95),
          attemptedAt: at(59.9),
          deliveredAt: at(59.9),
        },
        {
          ...base,
          eventId: invoice.id,
          attempt: 1,
          status: "failed",
          responseStatus: 502,
          responseBody: "Bad Gateway",
          error: "HTTP 502",
          durationMs: 77,
          createdAt: at(30),
          attemptedAt: at(30),
          nextAttemptAt: at(25),
        },
        // Queued while the webhook is disabled: enabling it sends this retry.
        { ...base, eventId: invoice.id, attempt: 2, status: "pending", createdAt: at(29.9), nextAttemptAt: at(25) },
      ],
    });
  });
}
