import { getSql } from "@/lib/db/client";
import { viaPrisma, type Queryable } from "@/lib/db/direct-sql";
import { Prisma as PrismaRuntime } from "@/lib/db/generated/client";
import { assertMayManageMoney } from "../access/access";
import type { CrmContext } from "../context";
import { ValidationFailed } from "../errors";
import { violatedForeignKey } from "../foreign-key-violation";
import { uuidV7 } from "../uuid-v7";
import { findItemProducts, resolveItemsWith } from "./document-items";
import type { NewInvoice } from "./invoice-input";
import { dayToDate, todayUtc, type InvoiceRecord } from "./invoice-record";
import { invoiceStatusFor } from "./invoice-status";
import { insertNumberedInvoice } from "./insert-numbered-invoice";

const customerNotFound = () => new ValidationFailed([{ field: "customer_id", message: "Customer not found" }]);

/**
 * The one way an invoice comes into being (suite API, quote conversion,
 * pages): the customer and products must be the tenant's, totals come from
 * the exact rule, the number is the next of its year, and `invoice.created`
 * is recorded with it, atomically.
 *
 * One round trip when no item names a product (the statement of
 * insertNumberedInvoice finds the customer and the currency itself), two when
 * some do (their prices and tax rates are read first: the totals are computed
 * here, by the one rule of invoice-totals). On the pool that statement is its
 * own transaction, sent straight to the driver (direct-sql.ts); `tx` is the
 * caller's transaction instead (quote conversion), which then holds the
 * counters until it commits.
 */
export async function createInvoice(ctx: CrmContext, input: NewInvoice, tx?: Queryable): Promise<InvoiceRecord> {
  assertMayManageMoney(ctx);
  const conn = tx ? viaPrisma(tx) : await getSql();
  const products = await findItemProducts(conn, ctx, input.items);
  const items = resolveItemsWith(input.items, products);
  const issueDate = input.issueDate ?? todayUtc();
  const dueDate = input.dueDate ?? null;
  const notes = input.notes?.trim() || null;
  const status = invoiceStatusFor(items.total, "0");
  const now = new Date();
  const stamp = now.getTime();
  const id = uuidV7(stamp);
  const inserted = await insertNumberedInvoice(conn, ctx, {
    id,
    customer: input.customer,
    issueDate,
    dueDate,
    items,
    itemIds: items.rows.map(() => uuidV7(stamp)),
    status,
    currency: input.currency ?? null,
    notes,
    now,
    eventId: uuidV7(stamp),
    auditId: uuidV7(stamp),
    eventData: { invoice_id: null, invoice_number: null, customer_id: null, amount: Number(items.total), status, date: issueDate, due_date: dueDate },
  }).catch((error: unknown) => {
    // A product (or the customer) was deleted since it was read: nothing was stored.
    const constraint = violatedForeignKey(error);
    if (constraint === null) throw error;
    throw constraint.startsWith("InvoiceItem") ? new ValidationFailed([{ field: "items", message: "Product not found" }]) : customerNotFound();
  });
  if (!inserted) throw customerNotFound();
  const productSeq = new Map(products.map((p) => [p.id, p.seq]));
  const decimal = (text: string) => new PrismaRuntime.Decimal(text);
  // What was stored, as invoiceRecordSelect reads it back (no read needed: every value was decided here or by the statement).
  return {
    id,
    seq: inserted.seq,
    number: inserted.number,
    customerId: inserted.customer.id,
    customer: { seq: inserted.customer.seq, name: inserted.customer.name },
    issueDate: dayToDate(issueDate),
    dueDate: dueDate ? dayToDate(dueDate) : null,
    subtotal: decimal(items.subtotal),
    taxTotal: decimal(items.taxTotal),
    amount: decimal(items.total),
    amountPaid: decimal("0"),
    status,
    currency: inserted.currency,
    notes,
    createdAt: now,
    updatedAt: now,
    items: items.rows.map((row) => ({
      description: row.description,
      amount: decimal(row.amount),
      qty: decimal(row.qty),
      taxRate: decimal(row.taxRate),
      lineTotal: decimal(row.lineTotal),
      productId: row.productId,
      product: row.productId ? { seq: productSeq.get(row.productId)! } : null,
    })),
  };
}
