import type { Prisma } from "@/lib/db/client";
import type { DeliveryStatus } from "@/lib/db/generated/enums";

/** One attempt to deliver one event to one webhook. */
export interface WebhookAttemptView {
  id: string;
  eventId: string;
  eventType: string;
  attempt: number;
  status: DeliveryStatus;
  responseStatus: number | null;
  responseBody: string | null;
  error: string | null;
  durationMs: number | null;
  createdAt: Date;
  attemptedAt: Date | null;
  /** Pending: when it is due. Failed: when its retry is due (null: no more retries). */
  nextAttemptAt: Date | null;
}

export interface WebhookView {
  id: string;
  seq: number;
  url: string;
  events: string[];
  description: string | null;
  active: boolean;
  failingSince: Date | null;
  disabledAt: Date | null;
  disabledReason: string | null;
  createdAt: Date;
  /** Newest first. */
  recentAttempts: WebhookAttemptView[];
}

export const RECENT_ATTEMPTS = 10;

export const webhookViewSelect = {
  id: true,
  seq: true,
  url: true,
  events: true,
  description: true,
  active: true,
  failingSince: true,
  disabledAt: true,
  disabledReason: true,
  createdAt: true,
  deliveries: {
    orderBy: [{ createdAt: "desc" as const }, { attempt: "desc" as const }],
    take: RECENT_ATTEMPTS,
    select: {
      id: true,
      eventId: true,
      attempt: true,
      status: true,
      responseStatus: true,
      responseBody: true,
      error: true,
      durationMs: true,
      createdAt: true,
      attemptedAt: true,
      nextAttemptAt: true,
      event: { select: { type: true } },
    },
  },
} satisfies Prisma.WebhookSelect;

interface SelectedWebhook extends Omit<WebhookView, "recentAttempts"> {
  deliveries: (Omit<WebhookAttemptView, "eventType"> & { event: { type: string } })[];
}

export function toWebhookView({ deliveries, ...webhook }: SelectedWebhook): WebhookView {
  return { ...webhook, recentAttempts: deliveries.map(({ event, ...attempt }) => ({ ...attempt, eventType: event.type })) };
}
