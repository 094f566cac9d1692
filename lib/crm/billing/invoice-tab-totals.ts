import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CrmContext } from "../context";
import { INVOICE_TABS, invoiceBrowseFrom, invoiceTabSql, type InvoiceBrowseFilter, type InvoiceTab } from "./invoice-browse-filter";
import { todayUtc } from "./invoice-record";

export interface TabTotal {
  count: number;
  /** Σ amount and Σ balance due (amount − paid), exact decimal strings. */
  amount: string;
  balance: string;
}

/** Count, amount and balance of every tab under the same filters, in one SQL aggregate (FILTER per tab). */
export async function invoiceTabTotals(ctx: CrmContext, filter: InvoiceBrowseFilter, today = todayUtc()): Promise<Record<InvoiceTab, TabTotal>> {
  const db = await getDb();
  const columns = INVOICE_TABS.map((tab) => {
    const where = invoiceTabSql(tab, today);
    return Prisma.sql`count(*) FILTER (WHERE ${where})::int AS ${Prisma.raw(`"${tab}_count"`)},
      COALESCE(sum(i."amount") FILTER (WHERE ${where}), 0)::text AS ${Prisma.raw(`"${tab}_amount"`)},
      COALESCE(sum(i."amount" - i."amountPaid") FILTER (WHERE ${where}), 0)::text AS ${Prisma.raw(`"${tab}_balance"`)}`;
  });
  const rows = await db.$queryRaw<Record<string, string | number>[]>`SELECT ${Prisma.join(columns, ", ")} ${invoiceBrowseFrom(ctx, filter)}`;
  const row = rows[0] ?? {};
  return Object.fromEntries(
    INVOICE_TABS.map((tab) => [
      tab,
      { count: Number(row[`${tab}_count`] ?? 0), amount: String(row[`${tab}_amount`] ?? "0"), balance: String(row[`${tab}_balance`] ?? "0") },
    ]),
  ) as Record<InvoiceTab, TabTotal>;
}
