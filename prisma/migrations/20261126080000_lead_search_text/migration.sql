-- Lead search reads one column, and ignores case, spaces and punctuation.
--
-- `search` was four ILIKEs (name, email, company, phone), each with its own trigram index. A common term (a surname
-- on every 16th lead) walked the newest-first index running up to four ILIKEs per row, each lower-casing its
-- column; a two-word term such as "globex 42" made PostgreSQL walk the long posting lists of every trigram of
-- "globex" in four indexes. Now:
-- * crm_search_key(text) is the text lower-cased without ASCII spaces, punctuation and control characters (letters,
--   digits and every non-ASCII character stay). The app applies the same rule to the term (lib/crm/leads/
--   lead-search.ts): "Globex 42", "+44 7700 900123" and "ada.okafor" match "globex42", "7700900123" and
--   "adaokafor", and the trigrams that span the gap ("x42") are rare, so a two-word term reads short posting lists.
-- * "searchText" is that key of the four fields joined by U+001F (kept, so a match never spans two fields).
--   PostgreSQL computes it on every insert and update, whoever writes the row (the API, an import, a script).
-- * One trigram index on it replaces the four (one index to write per insert, not four).
-- * The newest-first keyset index carries it (INCLUDE), so a common term is matched on index entries alone (an
--   index-only scan) and only the page's rows are read from the table. lib/crm/leads/list-leads-sql.ts walks
--   that index first and turns to the trigram index when the walk finds few matches.
CREATE FUNCTION crm_search_key(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT translate(lower(value), E'\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x20\x21\x22\x23\x24\x25\x26\x27\x28\x29\x2a\x2b\x2c\x2d\x2e\x2f\x3a\x3b\x3c\x3d\x3e\x3f\x40\x5b\x5c\x5d\x5e\x5f\x60\x7b\x7c\x7d\x7e\x7f', '') $$;

ALTER TABLE "Lead" ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (
  crm_search_key("name" || chr(31) || "email" || chr(31) || coalesce("company", '') || chr(31) || coalesce("phone", ''))
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
