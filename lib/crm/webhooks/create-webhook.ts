import { getDb } from "@/lib/db/client";
import { seal } from "@/lib/security/secret-box";
import { generateWebhookSecret } from "@/lib/security/webhook-signature";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { ValidationFailed, type FieldError } from "../errors";
import { nextSeq, SEQ } from "../sequence";
import { isWebhookEvent, WEBHOOK_EVENTS } from "./webhook-events";
import { checkWebhookUrl } from "./webhook-url";
import { webhookViewSelect, type WebhookView } from "./webhook-view";

export interface CreateWebhookInput {
  url: string;
  events: readonly string[];
  description?: string | null;
}

/** Checks the subscribed events: at least one, each a known name; duplicates collapse. */
export function checkWebhookEvents(events: readonly string[]): string[] {
  const unknown = events.filter((e) => !isWebhookEvent(e));
  const errors: FieldError[] = [];
  if (events.length === 0) errors.push({ field: "events", message: "Choose at least one event" });
  if (unknown.length > 0)
    errors.push({ field: "events", message: `Unknown event ${unknown.map((e) => `"${e}"`).join(", ")}; events are ${WEBHOOK_EVENTS.join(", ")}` });
  if (errors.length > 0) throw new ValidationFailed(errors);
  return [...new Set(events)];
}

/**
 * Registers a webhook. The signing secret is returned in clear exactly once
 * (stored sealed, since each delivery must sign with it).
 */
export async function createWebhook(ctx: CrmContext, input: CreateWebhookInput): Promise<{ webhook: WebhookView; secret: string }> {
  const fields: FieldError[] = [];
  let url = "";
  let events: string[] = [];
  try {
    url = await checkWebhookUrl(input.url);
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    fields.push(...error.fields);
  }
  try {
    events = checkWebhookEvents(input.events);
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    fields.push(...error.fields);
  }
  const description = input.description?.trim() || null;
  if (description && description.length > 200) fields.push({ field: "description", message: "At most 200 characters" });
  if (fields.length > 0) throw new ValidationFailed(fields);

  const secret = generateWebhookSecret();
  const db = await getDb();
  const webhook = await db.$transaction(async (tx) => {
    const seq = await nextSeq(tx, ctx.tenantId, SEQ.webhook);
    const created = await tx.webhook.create({
      data: { tenantId: ctx.tenantId, seq, url, events, description, secretEnc: seal(secret) },
      select: webhookViewSelect,
    });
    await recordAudit(tx, ctx, { action: "webhook.created", entityType: "webhook", entityId: created.id, data: { url, events } });
    return created;
  });
  return { webhook: { ...webhook, recentAttempts: [] }, secret };
}
