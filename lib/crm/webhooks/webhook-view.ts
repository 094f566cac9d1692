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
  /** The attempt that followed this one for the same event, if any (a failed attempt's retry). */
  followedBy: { attempt: number; status: DeliveryStatus } | null;
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
} satisfies Prisma.WebhookSelect;

const attemptSelect = {
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
} satisfies Prisma.WebhookDeliverySelect;

type SelectedWebhook = Omit<WebhookView, "recentAttempts">;
type Reader = Pick<Prisma.TransactionClient, "webhookDelivery">;

/**
 * Adds each webhook's latest attempts: one indexed query per webhook with its
 * own LIMIT (a nested `take` may read every attempt of every webhook first,
 * and a busy webhook logs thousands a day). Sequential: on PGlite a client is one connection.
 */
export async function withRecentAttempts(db: Reader, tenantId: string, webhooks: SelectedWebhook[]): Promise<WebhookView[]> {
  const views: WebhookView[] = [];
  for (const webhook of webhooks) {
    const attempts = await db.webhookDelivery.findMany({
      where: { tenantId, webhookId: webhook.id },
      orderBy: [{ createdAt: "desc" }, { attempt: "desc" }],
      take: RECENT_ATTEMPTS,
      select: attemptSelect,
    });
    // A follow-up is always newer, so it is in the list whenever the attempt it follows is.
    const followUp = (a: { eventId: string; attempt: number }) => attempts.find((d) => d.eventId === a.eventId && d.attempt === a.attempt + 1);
    views.push({
      ...webhook,
      recentAttempts: attempts.map(({ event, ...attempt }) => {
        const next = followUp(attempt);
        return { ...attempt, eventType: event.type, followedBy: next ? { attempt: next.attempt, status: next.status } : null };
      }),
    });
  }
  return views;
}
