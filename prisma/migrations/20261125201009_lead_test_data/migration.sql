-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "isTestData" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Lead_tenantId_isTestData_idx" ON "Lead"("tenantId", "isTestData");
