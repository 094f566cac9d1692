import { getDb } from "@/lib/db/client";
import { assertMayWrite } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { resolveDocumentItems } from "./document-items";
import { findCustomerRef } from "./find-customer-ref";
import { dayToDate } from "./invoice-record";
import { numberDocument, provisionalDocumentKeys } from "./number-document";
import type { NewQuote } from "./quote-fields";
import { quoteRecordSelect, type QuoteRecord } from "./quote-record";

/**
 * A quote numbered QUO-<year of creation>-<NNN>, totals by the same exact rule as invoices. Like an
 * invoice, it is written under provisional keys and numbered in the transaction's last statement, so
 * the year's counter row stays locked for that statement and the commit only (numberDocument).
 */
export async function createQuote(ctx: CrmContext, input: NewQuote): Promise<QuoteRecord> {
  // Reps may quote their own and unassigned customers (findCustomerRef applies the scope); analysts read only.
  assertMayWrite(ctx);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const customer = await findCustomerRef(tx, ctx, input.customer);
    const items = await resolveDocumentItems(tx, ctx, input.items);
    const provisional = await provisionalDocumentKeys(tx);
    const created = await tx.quote.create({
      data: {
        tenantId: ctx.tenantId,
        ...provisional,
        customerId: customer.id,
        validUntil: input.validUntil ? dayToDate(input.validUntil) : null,
        subtotal: items.subtotal,
        taxTotal: items.taxTotal,
        amount: items.total,
        status: input.status ?? "draft",
        notes: input.notes?.trim() || null,
      },
      select: { id: true },
    });
    await tx.quoteItem.createMany({ data: items.rows.map((row) => ({ ...row, tenantId: ctx.tenantId, quoteId: created.id })) });
    const auditId = await recordAudit(tx, ctx, { action: "quote.created", entityType: "quote", entityId: created.id, data: { number: provisional.number } });
    await numberDocument(tx, {
      kind: "quote",
      tenantId: ctx.tenantId,
      id: created.id,
      year: new Date().getUTCFullYear(),
      patches: [{ table: "AuditLog", id: auditId, numberPath: ["number"] }],
    });
    return tx.quote.findUniqueOrThrow({ where: { id: created.id }, select: quoteRecordSelect });
  });
}
