import { z } from "zod";
import type { WebhookAttemptView, WebhookView } from "@/lib/crm/webhooks/webhook-view";

export const suiteWebhookDelivery = z.object({
  id: z.string().describe("The attempt's id"),
  event: z.string(),
  event_id: z.string().describe("Sent as the `webhook-id` header; the same on every retry"),
  attempt: z.number().int(),
  status: z.enum(["pending", "succeeded", "failed"]),
  response_status: z.number().int().nullable(),
  response_body: z.string().nullable().describe("The first 1000 characters the receiver answered"),
  error: z.string().nullable(),
  duration_ms: z.number().int().nullable(),
  attempted_at: z.string().nullable(),
  next_attempt_at: z.string().nullable().describe("Pending: when it is due. Failed: when it is retried (null: no more retries)"),
});

export const suiteWebhook = z.object({
  id: z.number().int(),
  url: z.string(),
  events: z.array(z.string()),
  description: z.string().nullable(),
  active: z.boolean(),
  disabled_reason: z.string().nullable(),
  failing_since: z.string().nullable(),
  created_at: z.string(),
});

export const suiteWebhookWithDeliveries = suiteWebhook.extend({
  recent_deliveries: z.array(suiteWebhookDelivery).describe("The latest 10 attempts, newest first"),
});

export function toSuiteWebhook(webhook: WebhookView): z.infer<typeof suiteWebhook> {
  return {
    id: webhook.seq,
    url: webhook.url,
    events: webhook.events,
    description: webhook.description,
    active: webhook.active,
    disabled_reason: webhook.disabledReason,
    failing_since: webhook.failingSince?.toISOString() ?? null,
    created_at: webhook.createdAt.toISOString(),
  };
}

export function toSuiteDelivery(attempt: WebhookAttemptView): z.infer<typeof suiteWebhookDelivery> {
  return {
    id: attempt.id,
    event: attempt.eventType,
    event_id: attempt.eventId,
    attempt: attempt.attempt,
    status: attempt.status,
    response_status: attempt.responseStatus,
    response_body: attempt.responseBody,
    error: attempt.error,
    duration_ms: attempt.durationMs,
    attempted_at: attempt.attemptedAt?.toISOString() ?? null,
    next_attempt_at: attempt.nextAttemptAt?.toISOString() ?? null,
  };
}
