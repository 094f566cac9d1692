import { getDb, type Prisma } from "@/lib/db/client";
import { assertMayManageMoney } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { recordEvent } from "../events/record-event";
import { SEQ, nextSeq } from "../sequence";
import { resolveDocumentItems } from "./document-items";
import { findCustomerRef } from "./find-customer-ref";
import type { NewInvoice } from "./invoice-input";
import { nextDocumentNumber } from "./invoice-number";
import { dayToDate, invoiceRecordSelect, todayUtc, type InvoiceRecord } from "./invoice-record";
import { invoiceStatusFor } from "./invoice-status";

/**
 * The one way an invoice comes into being (suite API, quote conversion,
 * pages): the customer and products must be the tenant's, totals come from
 * the exact rule, the number is the next of its year, and `invoice.created`
 * is recorded in the same transaction.
 */
export async function createInvoice(ctx: CrmContext, input: NewInvoice): Promise<InvoiceRecord> {
  const db = await getDb();
  // Creations of one workspace queue on its number counter (gap-free numbering needs that):
  // under a burst the wait, not the work, is what can pass Prisma's 5 s default.
  return db.$transaction((tx) => createInvoiceIn(tx, ctx, input), { timeout: 30_000, maxWait: 10_000 });
}

export async function createInvoiceIn(tx: Prisma.TransactionClient, ctx: CrmContext, input: NewInvoice): Promise<InvoiceRecord> {
  assertMayManageMoney(ctx);
  const customer = await findCustomerRef(tx, ctx, input.customer);
  const items = await resolveDocumentItems(tx, ctx, input.items);
  const issueDate = input.issueDate ?? todayUtc();
  const currency = input.currency ?? (await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { currency: true } })).currency;
  // Counters last: their row locks serialise concurrent creations, so hold them briefly.
  const seq = await nextSeq(tx, ctx.tenantId, SEQ.invoice);
  const number = await nextDocumentNumber(tx, ctx.tenantId, "INV", Number(issueDate.slice(0, 4)));
  // One statement for the invoice, its items and the answer: the counters' locks are held until commit.
  const invoice = await tx.invoice.create({
    data: {
      tenantId: ctx.tenantId,
      seq,
      number,
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
  await recordEvent(tx, ctx.tenantId, "invoice.created", {
    invoice_id: invoice.seq,
    invoice_number: invoice.number,
    customer_id: customer.seq,
    amount: Number(invoice.amount.toFixed(2)),
    status: invoice.status,
    date: issueDate,
    due_date: input.dueDate ?? null,
  });
  await recordAudit(tx, ctx, { action: "invoice.created", entityType: "invoice", entityId: invoice.id, data: { number } });
  return invoice;
}
