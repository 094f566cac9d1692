import { getDb } from "@/lib/db/client";
import type { DeliveryStatus } from "@/lib/db/generated/enums";

/**
 * Turns outbox events into queued deliveries: one per active webhook of the
 * event's tenant subscribed to its type. Claims events with FOR UPDATE SKIP
 * LOCKED and marks them processed in the same transaction, so concurrent
 * workers fan each event out exactly once. This job runs for every tenant:
 * it reads across tenants by design and writes each row with its event's tenant.
 * Returns how many events it took.
 */
export async function fanOutEvents(options: { limit?: number; now?: Date; onlyTenants?: string[] } = {}): Promise<number> {
  const only = options.onlyTenants ?? null;
  const limit = options.limit ?? 500;
  const now = options.now ?? new Date();
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const events = await tx.$queryRaw<{ id: string; tenantId: string; type: string }[]>`
      SELECT "id", "tenantId", "type" FROM "OutboxEvent"
      WHERE "processedAt" IS NULL AND (${only}::uuid[] IS NULL OR "tenantId" = ANY(${only}::uuid[]))
      ORDER BY "occurredAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
    if (events.length === 0) return 0;
    const tenantIds = [...new Set(events.map((e) => e.tenantId))];
    const webhooks = await tx.webhook.findMany({ where: { tenantId: { in: tenantIds }, active: true }, select: { id: true, tenantId: true, events: true } });
    const deliveries = events.flatMap((event) =>
      webhooks
        .filter((w) => w.tenantId === event.tenantId && w.events.includes(event.type))
        .map((w) => ({ tenantId: event.tenantId, webhookId: w.id, eventId: event.id, attempt: 1, status: "pending" as DeliveryStatus, nextAttemptAt: now })),
    );
    if (deliveries.length > 0) await tx.webhookDelivery.createMany({ data: deliveries });
    await tx.outboxEvent.updateMany({ where: { id: { in: events.map((e) => e.id) } }, data: { processedAt: now } });
    return events.length;
  });
}
