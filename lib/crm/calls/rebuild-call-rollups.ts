import type { Prisma } from "@/lib/db/client";

/**
 * Recomputes a tenant's hourly call rollup from its calls: for calls written
 * in bulk without log-call (demo data, benchmark data, imports). Each call
 * counts in its shard (crm_call_shard of its callSid, as log-call writes it),
 * so a recount leaves the same rows. The same SQL backfilled the rollup in the
 * shards' migration.
 */
export async function rebuildCallRollups(db: Pick<Prisma.TransactionClient, "$executeRaw">, tenantId: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "CallHourlyStat" WHERE "tenantId" = ${tenantId}::uuid`;
  await db.$executeRaw`
    INSERT INTO "CallHourlyStat" ("tenantId", "hour", "shard", "calls", "totalDuration", "inbound", "outbound", "missed", "b0", "b1", "b2", "b3", "b4")
    SELECT "tenantId", date_trunc('hour', "startTime"), crm_call_shard("callSid"), count(*), coalesce(sum("duration"), 0),
      count(*) FILTER (WHERE "direction" = 'inbound'), count(*) FILTER (WHERE "direction" = 'outbound'), count(*) FILTER (WHERE "status" = 'missed'),
      count(*) FILTER (WHERE "status" = 'completed' AND "duration" < 30),
      count(*) FILTER (WHERE "status" = 'completed' AND "duration" >= 30 AND "duration" < 60),
      count(*) FILTER (WHERE "status" = 'completed' AND "duration" >= 60 AND "duration" < 180),
      count(*) FILTER (WHERE "status" = 'completed' AND "duration" >= 180 AND "duration" < 300),
      count(*) FILTER (WHERE "status" = 'completed' AND "duration" >= 300)
    FROM "Call" WHERE "tenantId" = ${tenantId}::uuid AND "startTime" IS NOT NULL
    GROUP BY 1, 2, 3`;
}
