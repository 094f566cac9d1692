import { getDb, type Prisma } from "@/lib/db/client";
import { assertMayManageMoney } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { Conflict } from "../errors";
import { resolveDocumentItems } from "./document-items";
import { findCustomerRef } from "./find-customer-ref";
import type { InvoiceChanges } from "./invoice-input";
import { dayToDate, invoiceRecordSelect, type InvoiceKey, type InvoiceRecord } from "./invoice-record";
import { invoiceStatusFor } from "./invoice-status";
import { lockInvoice } from "./lock-invoice";

/**
 * Changes the fields given. Items (and so the amount) and the customer can
 * change only while nothing is paid; the number never changes, even when the
 * date moves to another year (numbers are never reused).
 */
export async function updateInvoice(ctx: CrmContext, key: InvoiceKey, changes: InvoiceChanges): Promise<InvoiceRecord> {
  assertMayManageMoney(ctx);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { id } = await lockInvoice(tx, ctx, key);
    const current = await tx.invoice.findUniqueOrThrow({ where: { id }, select: { amountPaid: true, status: true } });
    const paidSomething = current.amountPaid.greaterThan(0);
    if ((changes.items !== undefined || changes.customer !== undefined) && paidSomething) {
      throw new Conflict("Invoice has payments: its items and customer can no longer change");
    }
    if (current.status === "cancelled") throw new Conflict("Invoice is cancelled");
    const data: Prisma.InvoiceUncheckedUpdateInput = {};
    if (changes.customer !== undefined) data.customerId = (await findCustomerRef(tx, ctx, changes.customer)).id;
    if (changes.issueDate !== undefined) data.issueDate = dayToDate(changes.issueDate);
    if (changes.dueDate !== undefined) data.dueDate = changes.dueDate ? dayToDate(changes.dueDate) : null;
    if (changes.notes !== undefined) data.notes = changes.notes?.trim() || null;
    if (changes.items !== undefined) {
      const items = await resolveDocumentItems(tx, ctx, changes.items);
      await tx.invoiceItem.deleteMany({ where: { tenantId: ctx.tenantId, invoiceId: id } });
      await tx.invoiceItem.createMany({ data: items.rows.map((row) => ({ ...row, tenantId: ctx.tenantId, invoiceId: id })) });
      data.subtotal = items.subtotal;
      data.taxTotal = items.taxTotal;
      data.amount = items.total;
      data.status = invoiceStatusFor(items.total, current.amountPaid.toFixed(2));
    }
    const invoice = await tx.invoice.update({ where: { id }, data, select: invoiceRecordSelect });
    await recordAudit(tx, ctx, { action: "invoice.updated", entityType: "invoice", entityId: id, data: { fields: Object.keys(data) } });
    return invoice;
  });
}
