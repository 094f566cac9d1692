import { getDb } from "@/lib/db/client";

export interface ClaimedDelivery {
  id: string;
  tenantId: string;
  webhookId: string;
  eventId: string;
  attempt: number;
  url: string;
  secretEnc: string;
  /** The webhook's failure clock (a success clears it). */
  failingSince: Date | null;
  /** The outbox payload, `{event, timestamp, data}`. */
  payload: unknown;
}

/**
 * Claims up to `limit` due attempts of active webhooks for this worker:
 * FOR UPDATE SKIP LOCKED picks rows no other worker is claiming, and the
 * claim moves `nextAttemptAt` to the end of a lease, so no other worker takes
 * them while this one delivers. If the worker dies, the lease runs out and
 * another delivers them (at-least-once). The lease must outlast the request
 * timeout. Reads across tenants by design (one queue for all).
 */
export async function claimDueDeliveries(options: { limit: number; now: Date; leaseMs: number; onlyTenants?: string[] }): Promise<ClaimedDelivery[]> {
  const only = options.onlyTenants ?? null;
  const db = await getDb();
  const now = options.now.toISOString();
  const leaseUntil = new Date(options.now.getTime() + options.leaseMs).toISOString();
  // Timestamps are stored as UTC without a zone: convert explicitly, whatever the session's TimeZone.
  return db.$queryRaw<ClaimedDelivery[]>`
    UPDATE "WebhookDelivery" AS d
    SET "nextAttemptAt" = (${leaseUntil}::timestamptz AT TIME ZONE 'UTC')
    FROM (
      SELECT wd."id" FROM "WebhookDelivery" wd
      JOIN "Webhook" w ON w."id" = wd."webhookId"
      WHERE wd."status" = 'pending' AND wd."nextAttemptAt" <= (${now}::timestamptz AT TIME ZONE 'UTC') AND w."active"
        AND (${only}::uuid[] IS NULL OR wd."tenantId" = ANY(${only}::uuid[]))
      ORDER BY wd."nextAttemptAt"
      LIMIT ${options.limit}
      FOR UPDATE OF wd SKIP LOCKED
    ) AS due, "Webhook" AS w, "OutboxEvent" AS e
    WHERE d."id" = due."id" AND w."id" = d."webhookId" AND e."id" = d."eventId"
    RETURNING d."id", d."tenantId", d."webhookId", d."eventId", d."attempt", w."url", w."secretEnc", w."failingSince", e."payload"`;
}
