import { getDb } from "@/lib/db/client";
import type { ClaimedDelivery } from "./claim-deliveries";
import { DISABLE_AFTER_MS, retryDelayMs } from "./retry-schedule";

export interface AttemptOutcome {
  /** 2xx: delivered. */
  ok: boolean;
  responseStatus: number | null;
  /** The first characters of the response body. */
  responseBody: string | null;
  error: string | null;
  durationMs: number;
  attemptedAt: Date;
}

/**
 * Stores the outcome of one claimed attempt. A failure schedules the next
 * attempt (a new row, per the retry schedule) or, after the last one, leaves
 * the delivery failed; a webhook whose attempts have all failed for
 * DISABLE_AFTER_MS is disabled. A no-op when the row is no longer pending
 * (another worker finished it after this one's lease ran out).
 */
export async function recordAttempt(claimed: ClaimedDelivery, outcome: AttemptOutcome, random: () => number = Math.random): Promise<void> {
  const db = await getDb();
  const result = {
    responseStatus: outcome.responseStatus,
    responseBody: outcome.responseBody,
    error: outcome.error,
    durationMs: outcome.durationMs,
    attemptedAt: outcome.attemptedAt,
  };
  if (outcome.ok) {
    // The common case is one statement: no transaction round trips.
    const done = await db.webhookDelivery.updateMany({
      where: { id: claimed.id, status: "pending" },
      data: { ...result, status: "succeeded", deliveredAt: outcome.attemptedAt, nextAttemptAt: null },
    });
    if (done.count > 0 && claimed.failingSince) {
      await db.webhook.updateMany({ where: { id: claimed.webhookId, failingSince: { not: null } }, data: { failingSince: null } });
    }
    return;
  }

  const delay = retryDelayMs(claimed.attempt, random);
  const retryAt = delay === null ? null : new Date(outcome.attemptedAt.getTime() + delay);
  await db.$transaction(async (tx) => {
    const done = await tx.webhookDelivery.updateMany({
      where: { id: claimed.id, status: "pending" },
      data: { ...result, status: "failed", nextAttemptAt: retryAt },
    });
    if (done.count === 0) return;
    if (retryAt) {
      await tx.webhookDelivery.create({
        data: { tenantId: claimed.tenantId, webhookId: claimed.webhookId, eventId: claimed.eventId, attempt: claimed.attempt + 1, nextAttemptAt: retryAt },
      });
    }
    await tx.webhook.updateMany({ where: { id: claimed.webhookId, failingSince: null }, data: { failingSince: outcome.attemptedAt } });
    const cutoff = new Date(outcome.attemptedAt.getTime() - DISABLE_AFTER_MS);
    await tx.webhook.updateMany({
      where: { id: claimed.webhookId, active: true, failingSince: { lte: cutoff } },
      data: {
        active: false,
        disabledAt: outcome.attemptedAt,
        disabledReason: `Disabled automatically: every delivery failed for ${DISABLE_AFTER_MS / 86_400_000} days`,
      },
    });
  });
}
