import { getDb } from "@/lib/db/client";
import { assertMayManageMoney } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { Conflict, NotFound } from "../errors";
import { createInvoice } from "./create-invoice";
import type { InvoiceRecord } from "./invoice-record";
import { quoteRecordSelect, type QuoteRecord } from "./quote-record";

/**
 * Turns a quote into an invoice with the same items (amounts, quantities and
 * the tax rates quoted), dated today, once: under the quote's row lock, a
 * second conversion is refused (409 naming the invoice). Declined and expired
 * quotes cannot be converted. The quote becomes `accepted`.
 */
export async function convertQuote(
  ctx: CrmContext,
  seq: number,
  options: { dueDate?: string | null } = {},
): Promise<{ quote: QuoteRecord; invoice: InvoiceRecord }> {
  // Converting issues an invoice: money managers only (createInvoice checks it again).
  assertMayManageMoney(ctx);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id"::text FROM "Quote" WHERE "tenantId" = ${ctx.tenantId}::uuid AND "seq" = ${seq} FOR UPDATE`;
    if (!rows[0]) throw new NotFound("Quote");
    const quote = await tx.quote.findUniqueOrThrow({
      where: { id: rows[0].id },
      select: {
        id: true,
        status: true,
        customerId: true,
        notes: true,
        invoice: { select: { number: true } },
        items: { orderBy: { position: "asc" }, select: { description: true, amount: true, qty: true, taxRate: true, productId: true } },
      },
    });
    if (quote.invoice) throw new Conflict(`Quote was already converted to invoice ${quote.invoice.number}`);
    if (quote.status === "declined" || quote.status === "expired") throw new Conflict(`A ${quote.status} quote cannot be converted`);
    // The invoice is numbered in this transaction, so the counters stay locked until it commits:
    // conversions are rare, and the quote's two writes after it are all that is left.
    const invoice = await createInvoice(
      ctx,
      {
        customer: { id: quote.customerId },
        dueDate: options.dueDate ?? null,
        notes: quote.notes,
        items: quote.items.map((item) => ({
          description: item.description,
          amount: item.amount.toFixed(2),
          qty: item.qty.toString(),
          product: item.productId ? { id: item.productId } : null,
          taxRate: item.taxRate.toFixed(2),
        })),
      },
      tx,
    );
    const updated: QuoteRecord = await tx.quote.update({
      where: { id: quote.id },
      data: { invoiceId: invoice.id, status: "accepted" },
      select: quoteRecordSelect,
    });
    await recordAudit(tx, ctx, { action: "quote.converted", entityType: "quote", entityId: quote.id, data: { invoiceId: invoice.id } });
    return { quote: updated, invoice };
  });
}
