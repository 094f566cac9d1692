import type { Prisma } from "@/lib/db/client";
import type { TransactionType } from "@/lib/db/generated/enums";
import type { CrmContext } from "../context";
import { dayToDate } from "./invoice-record";

/** The filters a ledger view applies; every one is served by a (tenantId, …, date) index. */
export interface TransactionFilters {
  type?: TransactionType;
  accountSeq?: number;
  categorySeq?: number;
  /** `YYYY-MM-DD`, inclusive. */
  dateFrom?: string;
  dateTo?: string;
}

/** The filters as a tenant-scoped `where`, shared by the list and its totals so the two always agree. */
export function transactionWhere(ctx: CrmContext, filters: TransactionFilters): Prisma.TransactionWhereInput {
  const where: Prisma.TransactionWhereInput = { tenantId: ctx.tenantId };
  if (filters.type) where.type = filters.type;
  if (filters.accountSeq !== undefined) where.account = { tenantId: ctx.tenantId, seq: filters.accountSeq };
  if (filters.categorySeq !== undefined) where.category = { tenantId: ctx.tenantId, seq: filters.categorySeq };
  if (filters.dateFrom || filters.dateTo) {
    where.date = { ...(filters.dateFrom ? { gte: dayToDate(filters.dateFrom) } : {}), ...(filters.dateTo ? { lte: dayToDate(filters.dateTo) } : {}) };
  }
  return where;
}
