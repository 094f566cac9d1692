-- AlterTable
ALTER TABLE "FeedbackRequest" ADD COLUMN     "tokenHash" TEXT;

-- CreateIndex
CREATE INDEX "Customer_tenantId_type_status_idx" ON "Customer"("tenantId", "type", "status");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackRequest_tokenHash_key" ON "FeedbackRequest"("tokenHash");

-- CreateIndex
CREATE INDEX "FeedbackRequest_tenantId_requestedAt_idx" ON "FeedbackRequest"("tenantId", "requestedAt");

