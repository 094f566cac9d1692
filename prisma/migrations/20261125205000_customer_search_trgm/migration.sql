-- Trigram indexes for the customer search (name, email, company, phone), as for leads.
-- pg_trgm is a contrib extension: present on PostgreSQL servers, absent from embedded
-- PGlite, where these indexes are skipped and the same ILIKE search scans instead.
DO $$
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
  EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm unavailable: customer search runs without trigram indexes';
  END;
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    EXECUTE 'CREATE INDEX IF NOT EXISTS "Customer_name_trgm_idx" ON "Customer" USING GIN ("name" gin_trgm_ops);';
    EXECUTE 'CREATE INDEX IF NOT EXISTS "Customer_email_trgm_idx" ON "Customer" USING GIN ("email" gin_trgm_ops);';
    EXECUTE 'CREATE INDEX IF NOT EXISTS "Customer_company_trgm_idx" ON "Customer" USING GIN ("company" gin_trgm_ops);';
    EXECUTE 'CREATE INDEX IF NOT EXISTS "Customer_phone_trgm_idx" ON "Customer" USING GIN ("phone" gin_trgm_ops);';
  END IF;
END
$$;
