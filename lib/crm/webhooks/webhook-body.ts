/**
 * The request body of a delivery: `{"event","timestamp","data"}` as recorded
 * in the outbox. The outbox stores JSONB, which reorders keys, so the seed's
 * field order is restored here (receivers should not care, but people read
 * these bodies and compare them with the docs).
 */
const DATA_KEY_ORDER: Record<string, readonly string[]> = {
  "lead.created": ["lead_id", "name", "email", "source"],
  "lead.status_updated": ["lead_id", "old_status", "new_status", "updated_by"],
  // The other events, in the order their emitters write them.
  "customer.created": ["customer_id", "external_id", "name", "email", "phone", "company", "type"],
  "invoice.created": ["invoice_id", "invoice_number", "customer_id", "amount", "status", "date", "due_date"],
  "payment.received": ["payment_id", "invoice_id", "invoice_number", "amount", "method", "date", "invoice_status", "amount_paid", "balance"],
  "call.completed": ["call_id", "session_id", "phone_number", "direction", "start_time", "end_time", "duration", "customer_id"],
  "ticket.created": ["ticket_id", "subject", "priority", "customer_id", "department_id"],
  "webhook.test": ["webhook_id", "message"],
};

export function webhookBody(payload: unknown): string {
  const { event, timestamp, data } = (payload ?? {}) as { event?: unknown; timestamp?: unknown; data?: unknown };
  return JSON.stringify({ event, timestamp, data: ordered(typeof event === "string" ? event : "", data) });
}

function ordered(event: string, data: unknown): unknown {
  const order = DATA_KEY_ORDER[event];
  if (!order || !data || typeof data !== "object" || Array.isArray(data)) return data;
  const record = data as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const key of order) if (key in record) result[key] = record[key];
  for (const [key, value] of Object.entries(record)) if (!(key in result)) result[key] = value;
  return result;
}
