-- Call queue: attempts on scheduled calls, disabled subtypes, keyset index (scheduledFor, id).
ALTER TABLE "LeadSubtype" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;

ALTER TABLE "ScheduledCall" ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "lastAttemptAt" TIMESTAMP(3);

DROP INDEX "ScheduledCall_tenantId_status_scheduledFor_idx";
CREATE INDEX "ScheduledCall_tenantId_status_scheduledFor_id_idx" ON "ScheduledCall"("tenantId", "status", "scheduledFor", "id");
