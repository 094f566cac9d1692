import { getDb } from "@/lib/db/client";
import type { InvoiceStatus } from "@/lib/db/generated/enums";
import { Prisma } from "@/lib/db/generated/client";
import type { CrmContext } from "../context";
import { ValidationFailed } from "../errors";
import { isUuid } from "../uuid";
import { invoiceBrowseFrom, invoiceTabSql, type InvoiceBrowseFilter, type InvoiceTab } from "./invoice-browse-filter";
import { dayToDate, todayUtc } from "./invoice-record";

export interface InvoiceRow {
  id: string;
  number: string;
  customerId: string;
  customerName: string;
  issueDate: string;
  dueDate: string | null;
  /** Exact decimal strings. */
  amount: string;
  amountPaid: string;
  balance: string;
  status: InvoiceStatus;
  currency: string;
  overdue: boolean;
}

export interface InvoiceBrowsePage {
  rows: InvoiceRow[];
  nextCursor: string | null;
}

/** Keyset position: after this (issue date, id) in newest-first order. */
function encode(row: { issueDate: string; id: string }): string {
  return Buffer.from(`${row.issueDate}|${row.id}`, "utf8").toString("base64url");
}

function decode(cursor: string): { issueDate: string; id: string } {
  const [issueDate = "", id = ""] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(issueDate) || !isUuid(id)) throw new ValidationFailed([{ field: "cursor", message: "Invalid cursor" }]);
  return { issueDate, id };
}

/**
 * One page of /invoices, newest first, by keyset on (issue date, id) so a
 * deep page costs what the first does (index tenant+issueDate desc+id, or
 * tenant+customer+issueDate desc+id with the customer filter).
 */
export async function browseInvoices(
  ctx: CrmContext,
  query: InvoiceBrowseFilter & { tab: InvoiceTab; cursor?: string; limit: number },
  today = todayUtc(),
): Promise<InvoiceBrowsePage> {
  const db = await getDb();
  const after = query.cursor ? decode(query.cursor) : null;
  const keyset = after ? Prisma.sql`AND (i."issueDate", i."id") < (${dayToDate(after.issueDate)}::date, ${after.id}::uuid)` : Prisma.empty;
  const rows = await db.$queryRaw<InvoiceRow[]>`
    SELECT i."id"::text AS "id", i."number", i."customerId"::text AS "customerId", c."name" AS "customerName",
           to_char(i."issueDate", 'YYYY-MM-DD') AS "issueDate", to_char(i."dueDate", 'YYYY-MM-DD') AS "dueDate",
           i."amount"::text AS "amount", i."amountPaid"::text AS "amountPaid", (i."amount" - i."amountPaid")::text AS "balance",
           i."status"::text AS "status", i."currency",
           (i."status" IN ('unpaid', 'partially_paid') AND i."dueDate" < ${dayToDate(today)}) AS "overdue"
    ${invoiceBrowseFrom(ctx, query)} AND ${invoiceTabSql(query.tab, today)} ${keyset}
    ORDER BY i."issueDate" DESC, i."id" DESC
    LIMIT ${query.limit + 1}`;
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return { rows: page, nextCursor: rows.length > query.limit && last ? encode(last) : null };
}
