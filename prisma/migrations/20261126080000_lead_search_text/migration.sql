-- Lead search reads one lower-cased column instead of four.
--
-- `search` is a case-insensitive substring match over name, email, company and phone. It was four ILIKEs, each with
-- its own trigram index: PostgreSQL walked four indexes for a rare term and, for a common one (a surname on every
-- 16th lead), walked the newest-first index and ran up to four ILIKEs on every row it passed, each lower-casing its
-- column first. Now:
-- * "searchText" holds the four fields lower-cased, joined by U+001F (a control character no search term keeps, so
--   a match never spans two fields). PostgreSQL computes it on every insert and update, whoever writes the row
--   (the API, an import, a script), so it can never disagree with the fields.
-- * One trigram index on it replaces the four (one index to write per insert, not four).
-- * The newest-first keyset index carries it (INCLUDE), so a common term is matched on the index entries alone
--   (an index-only scan) and only the page's rows are read from the table (lib/crm/leads/list-leads-sql.ts).
ALTER TABLE "Lead" ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (
  lower("name" || chr(31) || "email" || chr(31) || coalesce("company", '') || chr(31) || coalesce("phone", ''))
) STORED;

DROP INDEX IF EXISTS "Lead_name_trgm_idx";
DROP INDEX IF EXISTS "Lead_email_trgm_idx";
DROP INDEX IF EXISTS "Lead_company_trgm_idx";
DROP INDEX IF EXISTS "Lead_phone_trgm_idx";

-- pg_trgm is present on PostgreSQL servers and absent from embedded PGlite, where the same LIKE simply scans.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    EXECUTE 'CREATE INDEX "Lead_searchText_trgm_idx" ON "Lead" USING GIN ("searchText" gin_trgm_ops);';
  END IF;
END
$$;

DROP INDEX "Lead_tenantId_createdAt_id_idx";
CREATE INDEX "Lead_tenantId_createdAt_id_idx" ON "Lead"("tenantId", "createdAt" DESC, "id" DESC) INCLUDE ("searchText");
