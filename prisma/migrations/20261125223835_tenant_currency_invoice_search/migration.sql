-- The workspace's currency (ISO 4217): new invoices take it, pages format money with it.
ALTER TABLE "Tenant" ADD COLUMN "currency" TEXT NOT NULL DEFAULT 'USD';

-- /invoices lists newest first within a customer (the customer filter) and finds overdue ones by due date.
CREATE INDEX "Invoice_tenantId_customerId_issueDate_id_idx" ON "Invoice"("tenantId", "customerId", "issueDate" DESC, "id" DESC);

-- An invoice's events on its page: invoice.created and payment.received carry its number in the payload.
CREATE INDEX "OutboxEvent_invoice_idx" ON "OutboxEvent"("tenantId", ((payload -> 'data' ->> 'invoice_id')))
  WHERE "type" IN ('invoice.created', 'payment.received');

-- Search by invoice number (substring): trigram index where pg_trgm exists (absent from embedded PGlite).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    EXECUTE 'CREATE INDEX IF NOT EXISTS "Invoice_number_trgm_idx" ON "Invoice" USING GIN ("number" gin_trgm_ops);';
  END IF;
END $$;
