-- The /leads sorts: keyset pages on (sort column, id), each read from one of
-- these indexes forwards (ascending) or backwards (descending). Empty values
-- count as the lowest (NULLS FIRST ascending = NULLS LAST descending), which
-- Prisma's schema cannot spell: the schema declares the same indexes plainly.
-- Sorting by created uses "Lead_tenantId_createdAt_id_idx".
CREATE INDEX "Lead_tenantId_name_id_idx" ON "Lead"("tenantId", "name", "id");
CREATE INDEX "Lead_tenantId_company_id_idx" ON "Lead"("tenantId", "company" ASC NULLS FIRST, "id");
CREATE INDEX "Lead_tenantId_status_id_idx" ON "Lead"("tenantId", "status", "id");
CREATE INDEX "Lead_tenantId_score_id_idx" ON "Lead"("tenantId", "score" ASC NULLS FIRST, "id");
CREATE INDEX "Lead_tenantId_value_id_idx" ON "Lead"("tenantId", "value" ASC NULLS FIRST, "id");
