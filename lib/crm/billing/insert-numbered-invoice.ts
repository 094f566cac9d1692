import type { Prisma as PrismaTypes } from "@/lib/db/client";
import type { RunSql } from "@/lib/db/direct-sql";
import { Prisma } from "@/lib/db/generated/client";
import { limitedToOwner } from "../access/access";
import { arrayLiteral } from "../bulk/insert-unnest";
import type { CrmContext } from "../context";
import type { CustomerKey } from "../customers/get-customer";
import { eventEnvelope } from "../events/record-event";
import { SEQ } from "../sequence";
import { isUuid } from "../uuid";
import type { ResolvedItems } from "./document-items";
import { documentNumberCounter } from "./invoice-number";
import type { PaymentStatus } from "./invoice-status";

type ItemRow = ResolvedItems["rows"][number];

/** A checked invoice, ready to store: ids, totals and status already decided by the caller. */
export interface InvoiceToInsert {
  id: string;
  /** Looked up in the statement: the tenant's, within the actor's owner scope. */
  customer: Exclude<CustomerKey, { externalId: string }>;
  /** `YYYY-MM-DD`; its year is the number's year. */
  issueDate: string;
  dueDate: string | null;
  items: ResolvedItems;
  itemIds: readonly string[];
  status: PaymentStatus;
  /** Defaults to the workspace currency. */
  currency: string | null;
  notes: string | null;
  /** createdAt/updatedAt, and the time of the `invoice.created` event. */
  now: Date;
  /** The event's data; invoice_id, invoice_number and customer_id are filled in by the statement. */
  eventData: PrismaTypes.InputJsonObject;
  eventId: string;
  auditId: string;
}

/** What the statement decided: the keys, and the customer and currency it found. */
export interface InsertedInvoice {
  seq: number;
  number: string;
  currency: string;
  customer: { id: string; seq: number; name: string };
}

interface Row {
  seq: number;
  number: string;
  currency: string;
  customer_id: string;
  customer_seq: number;
  customer_name: string;
}

/**
 * Writes an invoice, its items, its `invoice.created` outbox event and its audit entry,
 * numbered, with ONE call of the SQL function crm_insert_invoice (migration
 * 20261126060000_insert_invoice_function), or nothing at all (null) when the customer is
 * not the tenant's or outside the actor's scope. The id and year counters are bumped in
 * it and the keys go straight into every row; any error rolls the whole call back, the
 * counters with it, so numbers stay gap-free.
 *
 * Outside a transaction the call is its own transaction: one round trip, and the counters
 * stay locked from their bump to the commit inside PostgreSQL, never across a round trip to
 * this process: one workspace's concurrent creations queue for that long only. A product
 * deleted since the caller read it fails the call on its foreign key, with nothing stored.
 */
export async function insertNumberedInvoice(sql: RunSql, ctx: CrmContext, invoice: InvoiceToInsert): Promise<InsertedInvoice | null> {
  const key = invoice.customer;
  const customerId = "id" in key ? (isUuid(key.id) ? key.id : null) : null;
  const customerSeq = "seq" in key ? key.seq : null;
  // A malformed UUID names no customer.
  if (customerId === null && customerSeq === null) return null;
  const rows = invoice.items.rows;
  const items = (value: (row: ItemRow) => string | number | null) => arrayLiteral(rows, value);
  const payload = JSON.stringify(eventEnvelope("invoice.created", invoice.eventData, invoice.now));
  const found = await sql<Row>(Prisma.sql`
    SELECT "seq", "number", "currency", "customer_id"::text, "customer_seq", "customer_name" FROM crm_insert_invoice(
      ${ctx.tenantId}::uuid, ${customerId}::uuid, ${customerSeq}::int, ${limitedToOwner(ctx)}::uuid,
      ${SEQ.invoice}, ${documentNumberCounter("INV", Number(invoice.issueDate.slice(0, 4)))}, 'INV',
      ${invoice.id}::uuid, ${invoice.issueDate}::date, ${invoice.dueDate}::date,
      ${invoice.items.subtotal}::numeric, ${invoice.items.taxTotal}::numeric, ${invoice.items.total}::numeric,
      ${invoice.status}::"InvoiceStatus", ${invoice.currency}, ${invoice.notes}, ${invoice.now}::timestamp(3),
      ${arrayLiteral(invoice.itemIds, (id) => id)}::uuid[], ${items((r) => r.productId)}::uuid[], ${items((r) => r.description)}::text[],
      ${items((r) => r.amount)}::numeric[], ${items((r) => r.qty)}::numeric[], ${items((r) => r.taxRate)}::numeric[],
      ${items((r) => r.lineTotal)}::numeric[],
      ${invoice.eventId}::uuid, ${payload}::jsonb, ${invoice.auditId}::uuid, ${ctx.actor.type}, ${ctx.actor.id})`);
  const row = found[0];
  if (!row) return null;
  return { seq: row.seq, number: row.number, currency: row.currency, customer: { id: row.customer_id, seq: row.customer_seq, name: row.customer_name } };
}
