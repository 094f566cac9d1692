-- Lead index diet: every index is written on every insert (an import of a million leads
-- writes each of them a million times), so keep only those a query uses.
-- * (tenantId, updatedAt): no query filters or sorts leads by updatedAt.
-- * (tenantId, phoneNormalized) and (tenantId, leadTypeId, phoneNormalized): one index,
--   (tenantId, phoneNormalized, leadTypeId), serves both lookups (a lead by phone, and by
--   phone within a lead type: lib/crm/dialler/submit-lead.ts).
-- * (tenantId, isTestData): only generated test leads are ever looked up by it (to clear
--   them), so a partial index holds just those and ordinary inserts skip it.
DROP INDEX "Lead_tenantId_updatedAt_idx";

DROP INDEX "Lead_tenantId_phoneNormalized_idx";
DROP INDEX "Lead_tenantId_leadTypeId_phoneNormalized_idx";
CREATE INDEX "Lead_tenantId_phoneNormalized_leadTypeId_idx" ON "Lead"("tenantId", "phoneNormalized", "leadTypeId");

DROP INDEX "Lead_tenantId_isTestData_idx";
CREATE INDEX "Lead_tenantId_testData_idx" ON "Lead"("tenantId") WHERE "isTestData";
