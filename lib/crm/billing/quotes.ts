import { getDb, type Prisma } from "@/lib/db/client";
import type { QuoteStatus } from "@/lib/db/generated/enums";
import { assertMayWrite, ownerScope, ownerScopeSql } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { Conflict, NotFound } from "../errors";
import { SEQ, nextSeq } from "../sequence";
import { resolveDocumentItems, type DocumentItemInput } from "./document-items";
import { findCustomerRef } from "./find-customer-ref";
import { nextDocumentNumber } from "./invoice-number";
import { dayToDate } from "./invoice-record";
import { quoteRecordSelect, type QuoteRecord } from "./quote-record";

export interface QuoteFields {
  customer?: { seq: number } | { id: string };
  /** `YYYY-MM-DD`. */
  validUntil?: string | null;
  items?: DocumentItemInput[];
  notes?: string | null;
  status?: QuoteStatus;
}

export interface NewQuote extends QuoteFields {
  customer: { seq: number } | { id: string };
  items: DocumentItemInput[];
}

/** A quote numbered QUO-<year of creation>-<NNN>, totals by the same exact rule as invoices. */
export async function createQuote(ctx: CrmContext, input: NewQuote): Promise<QuoteRecord> {
  // Reps may quote their own and unassigned customers (findCustomerRef applies the scope); analysts read only.
  assertMayWrite(ctx);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const customer = await findCustomerRef(tx, ctx, input.customer);
    const items = await resolveDocumentItems(tx, ctx, input.items);
    const seq = await nextSeq(tx, ctx.tenantId, SEQ.quote);
    const number = await nextDocumentNumber(tx, ctx.tenantId, "QUO", new Date().getUTCFullYear());
    const created = await tx.quote.create({
      data: {
        tenantId: ctx.tenantId,
        seq,
        number,
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
    await recordAudit(tx, ctx, { action: "quote.created", entityType: "quote", entityId: created.id, data: { number } });
    return tx.quote.findUniqueOrThrow({ where: { id: created.id }, select: quoteRecordSelect });
  });
}

export async function getQuote(ctx: CrmContext, seq: number): Promise<QuoteRecord> {
  const db = await getDb();
  const quote = await db.quote.findFirst({ where: { tenantId: ctx.tenantId, seq, customer: ownerScope(ctx) }, select: quoteRecordSelect });
  if (!quote) throw new NotFound("Quote");
  return quote;
}

export async function listQuotes(
  ctx: CrmContext,
  query: { page: number; limit: number; status?: QuoteStatus; customerSeq?: number },
): Promise<{ quotes: QuoteRecord[]; total: number }> {
  const db = await getDb();
  const where: Prisma.QuoteWhereInput = { tenantId: ctx.tenantId, customer: ownerScope(ctx) };
  if (query.status) where.status = query.status;
  if (query.customerSeq !== undefined) where.customer = { ...ownerScope(ctx), tenantId: ctx.tenantId, seq: query.customerSeq };
  const [quotes, total] = await Promise.all([
    db.quote.findMany({ where, orderBy: { seq: "asc" }, skip: (query.page - 1) * query.limit, take: query.limit, select: quoteRecordSelect }),
    db.quote.count({ where }),
  ]);
  return { quotes, total };
}

async function lockQuote(
  tx: Prisma.TransactionClient,
  ctx: CrmContext,
  seq: number,
): Promise<{ id: string; invoiceId: string | null; status: QuoteStatus; customerId: string; notes: string | null }> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT q."id"::text FROM "Quote" q JOIN "Customer" c ON c."id" = q."customerId"
    WHERE q."tenantId" = ${ctx.tenantId}::uuid AND q."seq" = ${seq} AND ${ownerScopeSql(ctx, 'c."assignedToId"')} FOR UPDATE OF q`;
  const row = rows[0];
  if (!row) throw new NotFound("Quote");
  return tx.quote.findUniqueOrThrow({ where: { id: row.id }, select: { id: true, invoiceId: true, status: true, customerId: true, notes: true } });
}

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

/** Deletes a quote not yet converted (a converted one stays with its invoice: 409). */
export async function deleteQuote(ctx: CrmContext, seq: number): Promise<{ id: string; seq: number }> {
  assertMayWrite(ctx);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const quote = await lockQuote(tx, ctx, seq);
    if (quote.invoiceId) throw new Conflict("Quote was converted to an invoice and cannot be deleted");
    await tx.quote.delete({ where: { id: quote.id } });
    await recordAudit(tx, ctx, { action: "quote.deleted", entityType: "quote", entityId: quote.id });
    return { id: quote.id, seq };
  });
}
