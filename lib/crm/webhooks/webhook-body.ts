/**
 * The request body of a delivery: `{"event","timestamp","data"}` as recorded
 * in the outbox. The outbox stores JSONB, which reorders keys, so the seed's
 * field order is restored here (receivers should not care, but people read
 * these bodies and compare them with the docs).
 */
const DATA_KEY_ORDER: Record<string, readonly string[]> = {
  "lead.created": ["lead_id", "name", "email", "source"],
  "lead.status_updated": ["lead_id", "old_status", "new_status", "updated_by"],
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
