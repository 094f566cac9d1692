-- AlterTable
ALTER TABLE "Call" ADD COLUMN     "completedEventAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "CallHourlyStat" (
    "tenantId" UUID NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "calls" INTEGER NOT NULL DEFAULT 0,
    "totalDuration" BIGINT NOT NULL DEFAULT 0,
    "inbound" INTEGER NOT NULL DEFAULT 0,
    "outbound" INTEGER NOT NULL DEFAULT 0,
    "missed" INTEGER NOT NULL DEFAULT 0,
    "b0" INTEGER NOT NULL DEFAULT 0,
    "b1" INTEGER NOT NULL DEFAULT 0,
    "b2" INTEGER NOT NULL DEFAULT 0,
    "b3" INTEGER NOT NULL DEFAULT 0,
    "b4" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CallHourlyStat_pkey" PRIMARY KEY ("tenantId","hour")
);

-- AddForeignKey
ALTER TABLE "CallHourlyStat" ADD CONSTRAINT "CallHourlyStat_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill from the calls already stored (lib/crm/calls/rebuild-call-rollups.ts computes the same).
INSERT INTO "CallHourlyStat" ("tenantId", "hour", "calls", "totalDuration", "inbound", "outbound", "missed", "b0", "b1", "b2", "b3", "b4")
SELECT "tenantId", date_trunc('hour', "startTime"), count(*), coalesce(sum("duration"), 0),
  count(*) FILTER (WHERE "direction" = 'inbound'), count(*) FILTER (WHERE "direction" = 'outbound'), count(*) FILTER (WHERE "status" = 'missed'),
  count(*) FILTER (WHERE "status" = 'completed' AND "duration" < 30),
  count(*) FILTER (WHERE "status" = 'completed' AND "duration" >= 30 AND "duration" < 60),
  count(*) FILTER (WHERE "status" = 'completed' AND "duration" >= 60 AND "duration" < 180),
  count(*) FILTER (WHERE "status" = 'completed' AND "duration" >= 180 AND "duration" < 300),
  count(*) FILTER (WHERE "status" = 'completed' AND "duration" >= 300)
FROM "Call" WHERE "startTime" IS NOT NULL
GROUP BY 1, 2;

-- Calls completed before this migration had their call.completed moment already.
UPDATE "Call" SET "completedEventAt" = coalesce("endTime", "updatedAt") WHERE "status" = 'completed';
