import { getDb } from "@/lib/db/client";
import { assertMaySeeLedger } from "../access/access";
import type { CrmContext } from "../context";
import { decodeCursor, encodeCursor } from "../keyset-cursor";
import { transactionWhere, type TransactionFilters } from "./transaction-filters";
import { transactionRecordSelect, type TransactionRecord } from "./transaction-record";

export interface TransactionPage {
  transactions: TransactionRecord[];
  /** Opaque; pass back for the next page, null on the last. */
  nextCursor: string | null;
}

/**
 * The ledger newest first (date, then id), a page at a time by keyset: a deep
 * page costs the same as the first (index tenantId, date desc, id).
 */
export async function browseTransactions(ctx: CrmContext, query: TransactionFilters & { cursor?: string; limit: number }): Promise<TransactionPage> {
  assertMaySeeLedger(ctx);
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const where = transactionWhere(ctx, query);
  if (after) where.OR = [{ date: { lt: after.createdAt } }, { date: after.createdAt, id: { lt: after.id } }];
  const db = await getDb();
  const rows = await db.transaction.findMany({
    where,
    orderBy: [{ date: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: transactionRecordSelect,
  });
  const transactions = rows.slice(0, query.limit);
  const last = transactions.at(-1);
  return { transactions, nextCursor: rows.length > query.limit && last ? encodeCursor({ createdAt: last.date, id: last.id }) : null };
}
