import { getDb, type Prisma } from "@/lib/db/client";
import { assertMayManageMoney } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { recordEvent } from "../events/record-event";
import { resolveDocumentItems } from "./document-items";
import { findCustomerRef } from "./find-customer-ref";
import type { NewInvoice } from "./invoice-input";
import { dayToDate, invoiceRecordSelect, todayUtc, type InvoiceRecord } from "./invoice-record";
import { invoiceStatusFor } from "./invoice-status";
import { numberDocument, provisionalDocumentKeys } from "./number-document";

/**
 * The one way an invoice comes into being (suite API, quote conversion,
 * pages): the customer and products must be the tenant's, totals come from
 * the exact rule, the number is the next of its year, and `invoice.created`
 * is recorded in the same transaction.
 */
export async function createInvoice(ctx: CrmContext, input: NewInvoice): Promise<InvoiceRecord> {
  const db = await getDb();
  // Creations of one workspace still queue on its number counter for one statement and the
  // commit each (gap-free numbering needs that): under a burst the wait can pass Prisma's 5 s default.
  return db.$transaction((tx) => createInvoiceIn(tx, ctx, input), { timeout: 30_000, maxWait: 10_000 });
}

/**
 * createInvoice inside the caller's transaction. The invoice, its items, its event and its
 * audit entry are written first under provisional keys; the id and number are taken in the
 * last statement (numberDocument), which also writes them into the event and the audit
 * entry, so the counters stay locked only for that statement and the commit.
 * `beforeNumbering` adds the caller's own writes (quote conversion) before that statement;
 * whatever it reads of the invoice still has the provisional keys.
 */
export async function createInvoiceIn(
  tx: Prisma.TransactionClient,
  ctx: CrmContext,
  input: NewInvoice,
  beforeNumbering?: (invoice: InvoiceRecord) => Promise<void>,
): Promise<InvoiceRecord> {
  assertMayManageMoney(ctx);
  const customer = await findCustomerRef(tx, ctx, input.customer);
  const items = await resolveDocumentItems(tx, ctx, input.items);
  const issueDate = input.issueDate ?? todayUtc();
  const currency = input.currency ?? (await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { currency: true } })).currency;
  const provisional = await provisionalDocumentKeys(tx);
  const invoice = await tx.invoice.create({
    data: {
      tenantId: ctx.tenantId,
      ...provisional,
      customerId: customer.id,
      issueDate: dayToDate(issueDate),
      dueDate: input.dueDate ? dayToDate(input.dueDate) : null,
      subtotal: items.subtotal,
      taxTotal: items.taxTotal,
      amount: items.total,
      status: invoiceStatusFor(items.total, "0"),
      currency,
      notes: input.notes?.trim() || null,
      items: { createMany: { data: items.rows.map((row) => ({ ...row, tenantId: ctx.tenantId })) } },
    },
    select: invoiceRecordSelect,
  });
  const eventId = await recordEvent(tx, ctx.tenantId, "invoice.created", {
    invoice_id: invoice.seq,
    invoice_number: invoice.number,
    customer_id: customer.seq,
    amount: Number(invoice.amount.toFixed(2)),
    status: invoice.status,
    date: issueDate,
    due_date: input.dueDate ?? null,
  });
  const auditId = await recordAudit(tx, ctx, { action: "invoice.created", entityType: "invoice", entityId: invoice.id, data: { number: invoice.number } });
  await beforeNumbering?.(invoice);
  const keys = await numberDocument(tx, {
    kind: "invoice",
    tenantId: ctx.tenantId,
    id: invoice.id,
    year: Number(issueDate.slice(0, 4)),
    patches: [
      { table: "OutboxEvent", id: eventId, seqPath: ["data", "invoice_id"], numberPath: ["data", "invoice_number"] },
      { table: "AuditLog", id: auditId, numberPath: ["number"] },
    ],
  });
  return { ...invoice, ...keys };
}
