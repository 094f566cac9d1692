-- Invoice creation at scale (README "Money", Scale): one new invoice is written by ONE call of
-- crm_insert_invoice, in its own transaction when called outside one. PL/pgSQL keeps each inner statement's
-- plan for the session, so PostgreSQL does not parse and plan a ten-part statement per invoice, and the
-- year's number counter stays locked only from its bump, late in the function, to the commit.

-- `INV-2026-001`: the prefix, the year and the number, at least three digits and never cut (1000 stays 1000).
-- The one place the format is written (lib/crm/billing/invoice-number.ts calls it for quotes and invoices alike).
CREATE FUNCTION crm_document_number(p_prefix text, p_year int, p_value int) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT p_prefix || '-' || p_year || '-' || lpad(p_value::text, greatest(3, length(p_value::text)), '0') $$;

-- One new invoice, checked and totalled by the application (lib/crm/billing/create-invoice.ts), or nothing.
--   The customer is looked up here, by id or by seq, in the tenant and, when p_owner is set (a rep), among
--   the rep's and the unassigned customers: not found, the function returns no row and writes nothing.
--   Then the id counter and the year's number counter are bumped (in that order, as everywhere), and the
--   invoice, its items, its invoice.created outbox event (p_event_payload with data.invoice_id,
--   data.invoice_number and data.customer_id filled in) and its audit entry are inserted with the keys.
--   Errors (a product deleted since it was read: a foreign key) roll everything back, the counters too.
CREATE FUNCTION crm_insert_invoice(
  p_tenant uuid, p_customer_id uuid, p_customer_seq int, p_owner uuid,
  p_seq_counter text, p_number_counter text, p_prefix text,
  p_invoice_id uuid, p_issue_date date, p_due_date date, p_subtotal numeric, p_tax_total numeric, p_amount numeric,
  p_status "InvoiceStatus", p_currency text, p_notes text, p_now timestamp(3),
  p_item_ids uuid[], p_item_products uuid[], p_item_descriptions text[], p_item_amounts numeric[], p_item_qtys numeric[],
  p_item_tax_rates numeric[], p_item_line_totals numeric[],
  p_event_id uuid, p_event_payload jsonb, p_audit_id uuid, p_actor_type text, p_actor_id text)
RETURNS TABLE (seq int, number text, currency text, customer_id uuid, customer_seq int, customer_name text)
LANGUAGE plpgsql VOLATILE
AS $$
#variable_conflict use_column
DECLARE
  v_customer_id uuid;
  v_customer_seq int;
  v_customer_name text;
  v_seq int;
  v_value int;
  v_number text;
  v_currency text;
BEGIN
  IF p_customer_seq IS NOT NULL THEN
    SELECT c."id", c."seq", c."name" INTO v_customer_id, v_customer_seq, v_customer_name FROM "Customer" c
    WHERE c."tenantId" = p_tenant AND c."seq" = p_customer_seq
      AND (p_owner IS NULL OR c."assignedToId" = p_owner OR c."assignedToId" IS NULL);
  ELSE
    SELECT c."id", c."seq", c."name" INTO v_customer_id, v_customer_seq, v_customer_name FROM "Customer" c
    WHERE c."tenantId" = p_tenant AND c."id" = p_customer_id
      AND (p_owner IS NULL OR c."assignedToId" = p_owner OR c."assignedToId" IS NULL);
  END IF;
  IF v_customer_id IS NULL THEN
    RETURN;
  END IF;
  v_currency := coalesce(p_currency, (SELECT t."currency" FROM "Tenant" t WHERE t."id" = p_tenant));

  INSERT INTO "TenantCounter" ("tenantId", "name", "value") VALUES (p_tenant, p_seq_counter, 1)
  ON CONFLICT ("tenantId", "name") DO UPDATE SET "value" = "TenantCounter"."value" + 1
  RETURNING "value" INTO v_seq;
  INSERT INTO "TenantCounter" ("tenantId", "name", "value") VALUES (p_tenant, p_number_counter, 1)
  ON CONFLICT ("tenantId", "name") DO UPDATE SET "value" = "TenantCounter"."value" + 1
  RETURNING "value" INTO v_value;
  v_number := crm_document_number(p_prefix, extract(year FROM p_issue_date)::int, v_value);

  INSERT INTO "Invoice" ("id", "tenantId", "seq", "number", "customerId", "issueDate", "dueDate", "subtotal", "taxTotal", "amount",
    "status", "currency", "notes", "createdAt", "updatedAt")
  VALUES (p_invoice_id, p_tenant, v_seq, v_number, v_customer_id, p_issue_date, p_due_date, p_subtotal, p_tax_total, p_amount,
    p_status, v_currency, p_notes, p_now, p_now);
  INSERT INTO "InvoiceItem" ("id", "tenantId", "invoiceId", "productId", "position", "description", "amount", "qty", "taxRate", "lineTotal")
  SELECT i.id, p_tenant, p_invoice_id, i.product, (i.n - 1)::int, i.description, i.amount, i.qty, i.tax_rate, i.line_total
  FROM unnest(p_item_ids, p_item_products, p_item_descriptions, p_item_amounts, p_item_qtys, p_item_tax_rates, p_item_line_totals)
    WITH ORDINALITY AS i(id, product, description, amount, qty, tax_rate, line_total, n);
  INSERT INTO "OutboxEvent" ("id", "tenantId", "type", "payload", "occurredAt")
  VALUES (p_event_id, p_tenant, 'invoice.created',
    jsonb_set(jsonb_set(jsonb_set(p_event_payload, '{data,invoice_id}', to_jsonb(v_seq)), '{data,invoice_number}', to_jsonb(v_number)),
      '{data,customer_id}', to_jsonb(v_customer_seq)),
    p_now);
  INSERT INTO "AuditLog" ("id", "tenantId", "actorType", "actorId", "action", "entityType", "entityId", "data", "createdAt")
  VALUES (p_audit_id, p_tenant, p_actor_type, p_actor_id, 'invoice.created', 'invoice', p_invoice_id::text,
    jsonb_build_object('number', v_number), p_now);

  RETURN QUERY SELECT v_seq, v_number, v_currency, v_customer_id, v_customer_seq, v_customer_name;
END
$$;
