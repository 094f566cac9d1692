import { getDb } from "@/lib/db/client";
import type { DeliveryStatus } from "@/lib/db/generated/enums";
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

export interface AttemptResult {
  claimed: ClaimedDelivery;
  outcome: AttemptOutcome;
}

/**
 * Stores the outcomes of a round of claimed attempts, a few statements per
 * round rather than per delivery (a receiver that is down fails hundreds at
 * once). Successes are marked delivered and clear their webhook's failure
 * clock. A failure schedules the next attempt (a new row, per the retry
 * schedule) or, after the last one, leaves the delivery failed; a webhook
 * whose attempts have all failed for DISABLE_AFTER_MS is disabled. Rows no
 * longer pending (finished by another worker after this one's lease ran out)
 * are left alone.
 */
export async function recordAttempts(results: AttemptResult[], random: () => number = Math.random): Promise<void> {
  const succeeded = results.filter((r) => r.outcome.ok);
  const failed = results.filter((r) => !r.outcome.ok);
  if (succeeded.length > 0) await recordSuccesses(succeeded);
  if (failed.length > 0) await recordFailures(failed, random);
}

/** One attempt's outcome (tests, callers outside the worker loop). */
export async function recordAttempt(claimed: ClaimedDelivery, outcome: AttemptOutcome, random: () => number = Math.random): Promise<void> {
  await recordAttempts([{ claimed, outcome }], random);
}

function columns(results: AttemptResult[]) {
  return {
    ids: results.map((r) => r.claimed.id),
    statuses: results.map((r) => r.outcome.responseStatus ?? -1),
    bodies: results.map((r) => r.outcome.responseBody ?? ""),
    errors: results.map((r) => r.outcome.error ?? ""),
    durations: results.map((r) => r.outcome.durationMs),
    times: results.map((r) => r.outcome.attemptedAt.toISOString()),
  };
}

async function recordSuccesses(results: AttemptResult[]): Promise<void> {
  const db = await getDb();
  const c = columns(results);
  await db.$executeRaw`
    UPDATE "WebhookDelivery" AS d
    SET "status" = 'succeeded', "responseStatus" = v.rs, "responseBody" = NULLIF(v.body, ''), "error" = NULL,
        "durationMs" = v.ms, "attemptedAt" = (v.at AT TIME ZONE 'UTC'), "deliveredAt" = (v.at AT TIME ZONE 'UTC'), "nextAttemptAt" = NULL
    FROM unnest(${c.ids}::uuid[], ${c.statuses}::int[], ${c.bodies}::text[], ${c.durations}::int[], ${c.times}::timestamptz[]) AS v(id, rs, body, ms, at)
    WHERE d."id" = v.id AND d."status" = 'pending'`;
  const recovering = [...new Set(results.filter((r) => r.claimed.failingSince).map((r) => r.claimed.webhookId))];
  if (recovering.length > 0) await db.webhook.updateMany({ where: { id: { in: recovering }, failingSince: { not: null } }, data: { failingSince: null } });
}

async function recordFailures(results: AttemptResult[], random: () => number): Promise<void> {
  const retryAts = results.map((r) => {
    const delay = retryDelayMs(r.claimed.attempt, random);
    return delay === null ? null : new Date(r.outcome.attemptedAt.getTime() + delay);
  });
  const c = columns(results);
  const nexts = retryAts.map((at) => at?.toISOString() ?? "");
  const db = await getDb();
  // Sequential on purpose: a transaction is one connection.
  await db.$transaction(async (tx) => {
    const updated = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "WebhookDelivery" AS d
      SET "status" = 'failed', "responseStatus" = NULLIF(v.rs, -1), "responseBody" = NULLIF(v.body, ''), "error" = NULLIF(v.err, ''),
          "durationMs" = v.ms, "attemptedAt" = (v.at AT TIME ZONE 'UTC'),
          "nextAttemptAt" = (NULLIF(v.next, '')::timestamptz AT TIME ZONE 'UTC')
      FROM unnest(${c.ids}::uuid[], ${c.statuses}::int[], ${c.bodies}::text[], ${c.errors}::text[], ${c.durations}::int[], ${c.times}::timestamptz[], ${nexts}::text[])
        AS v(id, rs, body, err, ms, at, next)
      WHERE d."id" = v.id AND d."status" = 'pending'
      RETURNING d."id"`;
    const stillOurs = new Set(updated.map((u) => u.id));
    const retries = results.flatMap((r, i) => {
      const at = retryAts[i];
      if (!at || !stillOurs.has(r.claimed.id)) return [];
      const { tenantId, webhookId, eventId, attempt } = r.claimed;
      return [{ tenantId, webhookId, eventId, attempt: attempt + 1, status: "pending" as DeliveryStatus, nextAttemptAt: at }];
    });
    if (retries.length > 0) await tx.webhookDelivery.createMany({ data: retries });

    // The failure clock per webhook: started by its first failure, checked against the rule.
    const firstFailure = new Map<string, Date>();
    for (const r of results) {
      if (!stillOurs.has(r.claimed.id)) continue;
      const seen = firstFailure.get(r.claimed.webhookId);
      if (!seen || r.outcome.attemptedAt < seen) firstFailure.set(r.claimed.webhookId, r.outcome.attemptedAt);
    }
    for (const [webhookId, at] of firstFailure) {
      await tx.webhook.updateMany({ where: { id: webhookId, failingSince: null }, data: { failingSince: at } });
      const latest = results.filter((r) => r.claimed.webhookId === webhookId).reduce((a, r) => (r.outcome.attemptedAt > a ? r.outcome.attemptedAt : a), at);
      await tx.webhook.updateMany({
        where: { id: webhookId, active: true, failingSince: { lte: new Date(latest.getTime() - DISABLE_AFTER_MS) } },
        data: {
          active: false,
          disabledAt: latest,
          disabledReason: `Disabled automatically: every delivery failed for ${DISABLE_AFTER_MS / 86_400_000} days`,
        },
      });
    }
  });
}
