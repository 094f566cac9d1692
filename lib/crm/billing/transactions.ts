import { getDb, type Prisma } from "@/lib/db/client";
import type { TransactionType } from "@/lib/db/generated/enums";
import { assertMayManageMoney, assertMaySeeLedger } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { Conflict, NotFound, ValidationFailed } from "../errors";
import { SEQ, nextSeq } from "../sequence";
import { findLedgerRefs } from "./find-ledger-refs";
import { dayToDate, todayUtc } from "./invoice-record";
import { compareMoney, type DecimalLike } from "./invoice-totals";
import { lockInvoice } from "./lock-invoice";
import { syncInvoicePayments } from "./sync-invoice-payments";
import { transactionRecordSelect, type TransactionRecord } from "./transaction-record";

export interface TransactionFields {
  type?: TransactionType;
  accountSeq?: number;
  categorySeq?: number | null;
  customerSeq?: number | null;
  /** > 0. */
  amount?: DecimalLike;
  description?: string | null;
  /** `YYYY-MM-DD`. */
  date?: string;
  reference?: string | null;
  method?: string | null;
}

export interface NewTransaction extends TransactionFields {
  type: TransactionType;
  accountSeq: number;
  amount: DecimalLike;
}

export interface TransactionListQuery {
  page: number;
  limit: number;
  type?: TransactionType;
  accountSeq?: number;
  categorySeq?: number;
  dateFrom?: string;
  dateTo?: string;
}

function assertAmount(amount: DecimalLike | undefined): void {
  if (amount !== undefined && compareMoney(amount, 0) <= 0) throw new ValidationFailed([{ field: "amount", message: "Amount must be greater than 0" }]);
}

/** Records income or an expense; account, category and customer must be the tenant's. */
export async function createTransaction(ctx: CrmContext, input: NewTransaction): Promise<TransactionRecord> {
  assertMayManageMoney(ctx);
  assertAmount(input.amount);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const refs = await findLedgerRefs(tx, ctx, {
      accountSeq: input.accountSeq,
      categorySeq: input.categorySeq ?? null,
      customerSeq: input.customerSeq ?? null,
    });
    const seq = await nextSeq(tx, ctx.tenantId, SEQ.transaction);
    const created = await tx.transaction.create({
      data: {
        tenantId: ctx.tenantId,
        seq,
        type: input.type,
        accountId: refs.accountId!,
        categoryId: refs.categoryId ?? null,
        customerId: refs.customerId ?? null,
        amount: String(input.amount),
        description: input.description?.trim() || null,
        date: dayToDate(input.date ?? todayUtc()),
        reference: input.reference?.trim() || null,
        method: input.method?.trim() || null,
      },
      select: transactionRecordSelect,
    });
    await recordAudit(tx, ctx, { action: "transaction.created", entityType: "transaction", entityId: created.id });
    return created;
  });
}

export async function getTransaction(ctx: CrmContext, seq: number): Promise<TransactionRecord> {
  assertMaySeeLedger(ctx);
  const db = await getDb();
  const found = await db.transaction.findFirst({ where: { tenantId: ctx.tenantId, seq }, select: transactionRecordSelect });
  if (!found) throw new NotFound("Transaction");
  return found;
}

/** Numbered pages by id, filtered by type, account, category and date (inclusive). */
export async function listTransactions(ctx: CrmContext, query: TransactionListQuery): Promise<{ transactions: TransactionRecord[]; total: number }> {
  assertMaySeeLedger(ctx);
  const db = await getDb();
  const where: Prisma.TransactionWhereInput = { tenantId: ctx.tenantId };
  if (query.type) where.type = query.type;
  if (query.accountSeq !== undefined) where.account = { tenantId: ctx.tenantId, seq: query.accountSeq };
  if (query.categorySeq !== undefined) where.category = { tenantId: ctx.tenantId, seq: query.categorySeq };
  if (query.dateFrom || query.dateTo) {
    where.date = { ...(query.dateFrom ? { gte: dayToDate(query.dateFrom) } : {}), ...(query.dateTo ? { lte: dayToDate(query.dateTo) } : {}) };
  }
  const [transactions, total] = await Promise.all([
    db.transaction.findMany({ where, orderBy: { seq: "asc" }, skip: (query.page - 1) * query.limit, take: query.limit, select: transactionRecordSelect }),
    db.transaction.count({ where }),
  ]);
  return { transactions, total };
}

/**
 * Changes the fields given. A payment (linked to an invoice) keeps its type,
 * and its invoice's paid amount and status follow a new amount (refused if it
 * would pay more than the invoice).
 */
export async function updateTransaction(ctx: CrmContext, seq: number, changes: TransactionFields): Promise<TransactionRecord> {
  assertMayManageMoney(ctx);
  assertAmount(changes.amount);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const existing = await tx.transaction.findFirst({ where: { tenantId: ctx.tenantId, seq }, select: { id: true, invoiceId: true, type: true } });
    if (!existing) throw new NotFound("Transaction");
    if (existing.invoiceId) {
      await lockInvoice(tx, ctx, { id: existing.invoiceId });
      if (changes.type !== undefined && changes.type !== existing.type) throw new Conflict("A payment's type cannot change");
    }
    const refs = await findLedgerRefs(tx, ctx, { accountSeq: changes.accountSeq, categorySeq: changes.categorySeq, customerSeq: changes.customerSeq });
    const data: Prisma.TransactionUncheckedUpdateInput = {};
    if (changes.type !== undefined) data.type = changes.type;
    if (refs.accountId !== undefined) data.accountId = refs.accountId;
    if (refs.categoryId !== undefined) data.categoryId = refs.categoryId;
    if (refs.customerId !== undefined) data.customerId = refs.customerId;
    if (changes.amount !== undefined) data.amount = String(changes.amount);
    if (changes.description !== undefined) data.description = changes.description?.trim() || null;
    if (changes.date !== undefined) data.date = dayToDate(changes.date);
    if (changes.reference !== undefined) data.reference = changes.reference?.trim() || null;
    if (changes.method !== undefined) data.method = changes.method?.trim() || null;
    const updated = await tx.transaction.update({ where: { id: existing.id }, data, select: transactionRecordSelect });
    if (existing.invoiceId && changes.amount !== undefined) await syncInvoicePayments(tx, existing.invoiceId);
    await recordAudit(tx, ctx, { action: "transaction.updated", entityType: "transaction", entityId: existing.id, data: { fields: Object.keys(data) } });
    return updated;
  });
}

/** Deletes a transaction; deleting a payment reopens its invoice's balance. */
export async function deleteTransaction(ctx: CrmContext, seq: number): Promise<{ id: string; seq: number }> {
  assertMayManageMoney(ctx);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const existing = await tx.transaction.findFirst({ where: { tenantId: ctx.tenantId, seq }, select: { id: true, invoiceId: true } });
    if (!existing) throw new NotFound("Transaction");
    if (existing.invoiceId) await lockInvoice(tx, ctx, { id: existing.invoiceId });
    await tx.transaction.delete({ where: { id: existing.id } });
    if (existing.invoiceId) await syncInvoicePayments(tx, existing.invoiceId);
    await recordAudit(tx, ctx, { action: "transaction.deleted", entityType: "transaction", entityId: existing.id });
    return { id: existing.id, seq };
  });
}
