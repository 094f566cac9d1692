import { NotFound } from "../errors";
import { isUuid } from "../uuid";

/** A webhook named by its UUID (the settings page) or its per-tenant number (the suite API). */
export type WebhookRef = { id: string } | { seq: number };

/** The where clause for one of the tenant's webhooks; a malformed id names nothing. */
export function webhookWhere(tenantId: string, ref: WebhookRef): { tenantId: string; id: string } | { tenantId: string; seq: number } {
  if ("id" in ref) {
    if (!isUuid(ref.id)) throw new NotFound("Webhook");
    return { tenantId, id: ref.id };
  }
  return { tenantId, seq: ref.seq };
}
