import type { EventType } from "../events/record-event";

/** The events a webhook can subscribe to (API.md, "Events and webhooks"). */
export const WEBHOOK_EVENTS = [
  "lead.created",
  "lead.status_updated",
  "customer.created",
  "invoice.created",
  "payment.received",
  "call.completed",
  "ticket.created",
] as const satisfies readonly EventType[];

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, string> = {
  "lead.created": "A lead is created (any API, import or form)",
  "lead.status_updated": "A lead's status changes",
  "customer.created": "A customer is created",
  "invoice.created": "An invoice is created",
  "payment.received": "A payment is recorded",
  "call.completed": "A call ends",
  "ticket.created": "A support ticket is opened",
};

/** Sent only by "send a test event", to the one webhook it was asked for. */
export const TEST_EVENT = "webhook.test";

export function isWebhookEvent(value: string): value is WebhookEvent {
  return (WEBHOOK_EVENTS as readonly string[]).includes(value);
}
