-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "bytesRead" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "bytesTotal" BIGINT,
ADD COLUMN     "failure" TEXT,
ADD COLUMN     "onDuplicate" TEXT NOT NULL DEFAULT 'skip',
ADD COLUMN     "skippedRows" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "updatedRows" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Interaction" ADD COLUMN     "workflowKey" TEXT;

-- CreateTable
CREATE TABLE "ImportRowError" (
    "id" BIGSERIAL NOT NULL,
    "jobId" UUID NOT NULL,
    "row" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "message" TEXT NOT NULL,

    CONSTRAINT "ImportRowError_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NurtureRule" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "status" "LeadStatus" NOT NULL,
    "idleDays" INTEGER NOT NULL,
    "type" "InteractionType" NOT NULL,
    "nextAction" TEXT NOT NULL,
    "dueInDays" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NurtureRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportRowError_jobId_row_idx" ON "ImportRowError"("jobId", "row");

-- CreateIndex
CREATE UNIQUE INDEX "NurtureRule_tenantId_key_key" ON "NurtureRule"("tenantId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Interaction_tenantId_workflowKey_key" ON "Interaction"("tenantId", "workflowKey");

-- AddForeignKey
ALTER TABLE "ImportRowError" ADD CONSTRAINT "ImportRowError_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NurtureRule" ADD CONSTRAINT "NurtureRule_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Trigram indexes for the lead search (name, email, company, phone). pg_trgm is a
-- contrib extension: present on PostgreSQL servers, absent from embedded PGlite,
-- where these indexes are skipped and the same ILIKE search scans instead.
DO $$
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
  EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm unavailable: lead search runs without trigram indexes';
  END;
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    EXECUTE 'CREATE INDEX "Lead_name_trgm_idx" ON "Lead" USING GIN ("name" gin_trgm_ops);';
    EXECUTE 'CREATE INDEX "Lead_email_trgm_idx" ON "Lead" USING GIN ("email" gin_trgm_ops);';
    EXECUTE 'CREATE INDEX "Lead_company_trgm_idx" ON "Lead" USING GIN ("company" gin_trgm_ops);';
    EXECUTE 'CREATE INDEX "Lead_phone_trgm_idx" ON "Lead" USING GIN ("phone" gin_trgm_ops);';
  END IF;
END
$$;

