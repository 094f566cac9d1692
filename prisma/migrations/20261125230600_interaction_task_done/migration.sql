-- A task is an interaction with a next action date; "done" is when someone marked it done (and who).
ALTER TABLE "Interaction" ADD COLUMN "completedAt" TIMESTAMP(3);
ALTER TABLE "Interaction" ADD COLUMN "completedById" UUID;
-- The /tasks page and the overview: a person's open tasks by due date. Partial: done tasks and
-- plain history (no next action) cost this index nothing.
CREATE INDEX "Interaction_open_tasks_idx" ON "Interaction"("tenantId", "userId", "nextActionDate") WHERE "completedAt" IS NULL AND "nextActionDate" IS NOT NULL;
-- The overview's recent activity: the tenant's latest interactions.
CREATE INDEX "Interaction_tenantId_occurredAt_idx" ON "Interaction"("tenantId", "occurredAt");
-- The lead page's calls.
CREATE INDEX "Call_tenantId_leadId_startTime_idx" ON "Call"("tenantId", "leadId", "startTime");
