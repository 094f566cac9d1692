import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";

export interface InvoiceEventView {
  id: string;
  type: string;
  occurredAt: Date;
  deliveries: { id: string; url: string; attempt: number; status: string; responseStatus: number | null; error: string | null; at: Date }[];
}

/**
 * The events an invoice caused (invoice.created, payment.received: their
 * payload names its number) with each webhook delivery attempt, newest first.
 * Served by the partial expression index OutboxEvent_invoice_idx.
 */
export async function listInvoiceEvents(ctx: CrmContext, invoiceSeq: number, limit = 20): Promise<InvoiceEventView[]> {
  const db = await getDb();
  const events = await db.$queryRaw<{ id: string; type: string; occurredAt: Date }[]>`
    SELECT e."id"::text AS "id", e."type", e."occurredAt" FROM "OutboxEvent" e
    WHERE e."tenantId" = ${ctx.tenantId}::uuid AND e."type" IN ('invoice.created', 'payment.received')
      AND (e."payload" -> 'data' ->> 'invoice_id') = ${String(invoiceSeq)}
    ORDER BY e."occurredAt" DESC LIMIT ${limit}`;
  if (events.length === 0) return [];
  const deliveries = await db.webhookDelivery.findMany({
    where: { tenantId: ctx.tenantId, eventId: { in: events.map((e) => e.id) } },
    orderBy: [{ createdAt: "asc" }, { attempt: "asc" }],
    select: {
      id: true,
      eventId: true,
      attempt: true,
      status: true,
      responseStatus: true,
      error: true,
      attemptedAt: true,
      createdAt: true,
      webhook: { select: { url: true } },
    },
  });
  return events.map((event) => ({
    ...event,
    deliveries: deliveries
      .filter((d) => d.eventId === event.id)
      .map((d) => ({
        id: d.id,
        url: d.webhook.url,
        attempt: d.attempt,
        status: d.status,
        responseStatus: d.responseStatus,
        error: d.error,
        at: d.attemptedAt ?? d.createdAt,
      })),
  }));
}
