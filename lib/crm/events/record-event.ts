import type { Prisma } from "@/lib/db/client";

/** Event names, as the gateway and suite seeds spell them. */
export type EventType =
  "lead.created" | "lead.status_updated" | "customer.created" | "invoice.created" | "payment.received" | "call.completed" | "ticket.created";

/**
 * Appends an event to the outbox inside the caller's transaction: it is
 * stored if and only if the change commits, and delivered afterwards by
 * lib/jobs, never inline in the request. Answers the event's id (for a
 * creation that patches in its final number, see billing/number-document.ts).
 */
export async function recordEvent(
  tx: Prisma.TransactionClient,
  tenantId: string,
  type: EventType,
  data: Prisma.InputJsonObject,
  occurredAt = new Date(),
): Promise<string> {
  const event = await tx.outboxEvent.create({
    data: {
      tenantId,
      type,
      occurredAt,
      payload: eventEnvelope(type, data, occurredAt),
    },
    select: { id: true },
  });
  return event.id;
}

/** An outbox event's payload: what a webhook receives. */
export function eventEnvelope(type: EventType, data: Prisma.InputJsonObject, occurredAt: Date): Prisma.InputJsonObject {
  return { event: type, timestamp: occurredAt.toISOString(), data };
}
