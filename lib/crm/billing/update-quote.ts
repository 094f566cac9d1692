import { getDb, type Prisma } from "@/lib/db/client";
import { assertMayWrite } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { Conflict } from "../errors";
import { resolveDocumentItems } from "./document-items";
import { findCustomerRef } from "./find-customer-ref";
import { dayToDate } from "./invoice-record";
import { lockQuote } from "./lock-quote";
import type { QuoteFields } from "./quote-fields";
import { quoteRecordSelect, type QuoteRecord } from "./quote-record";

/** Changes the fields given; a converted quote is final (409). */
export async function updateQuote(ctx: CrmContext, seq: number, changes: QuoteFields): Promise<QuoteRecord> {
  assertMayWrite(ctx);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const quote = await lockQuote(tx, ctx, seq);
    if (quote.invoiceId) throw new Conflict("Quote was converted to an invoice and can no longer change");
    const data: Prisma.QuoteUncheckedUpdateInput = {};
    if (changes.customer !== undefined) data.customerId = (await findCustomerRef(tx, ctx, changes.customer)).id;
    if (changes.validUntil !== undefined) data.validUntil = changes.validUntil ? dayToDate(changes.validUntil) : null;
    if (changes.notes !== undefined) data.notes = changes.notes?.trim() || null;
    if (changes.status !== undefined) data.status = changes.status;
    if (changes.items !== undefined) {
      const items = await resolveDocumentItems(tx, ctx, changes.items);
      await tx.quoteItem.deleteMany({ where: { tenantId: ctx.tenantId, quoteId: quote.id } });
      await tx.quoteItem.createMany({ data: items.rows.map((row) => ({ ...row, tenantId: ctx.tenantId, quoteId: quote.id })) });
      data.subtotal = items.subtotal;
      data.taxTotal = items.taxTotal;
      data.amount = items.total;
    }
    const updated = await tx.quote.update({ where: { id: quote.id }, data, select: quoteRecordSelect });
    await recordAudit(tx, ctx, { action: "quote.updated", entityType: "quote", entityId: quote.id, data: { fields: Object.keys(data) } });
    return updated;
  });
}
