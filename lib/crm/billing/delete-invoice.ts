import { getDb } from "@/lib/db/client";
import { assertMayManageMoney } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { Conflict } from "../errors";
import type { InvoiceKey } from "./invoice-record";
import { lockInvoice } from "./lock-invoice";

/**
 * Deletes an invoice nothing has been paid on (409 once a payment exists, so
 * money on record is never orphaned). Its number is not reused.
 */
export async function deleteInvoice(ctx: CrmContext, key: InvoiceKey): Promise<{ id: string; seq: number; number: string }> {
  assertMayManageMoney(ctx);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { id } = await lockInvoice(tx, ctx, key);
    const invoice = await tx.invoice.findUniqueOrThrow({
      where: { id },
      select: { seq: true, number: true, amountPaid: true, _count: { select: { transactions: true } } },
    });
    if (invoice.amountPaid.greaterThan(0) || invoice._count.transactions > 0) {
      throw new Conflict("Invoice has payments and cannot be deleted");
    }
    await tx.invoice.delete({ where: { id } });
    await recordAudit(tx, ctx, { action: "invoice.deleted", entityType: "invoice", entityId: id, data: { number: invoice.number } });
    return { id, seq: invoice.seq, number: invoice.number };
  });
}
