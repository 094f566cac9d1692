import { Prisma } from "@/lib/db/generated/client";

export type DocumentPrefix = "INV" | "QUO";

/** The counter behind a prefix and year ("invoice-number:2026"). */
export function documentNumberCounter(prefix: DocumentPrefix, year: number): string {
  return `${prefix === "INV" ? "invoice" : "quote"}-number:${year}`;
}

/**
 * `INV-<year>-<NNN>` as SQL, from an integer expression: at least three digits, never cut
 * (1000 stays 1000). The format itself is written once, in the SQL function
 * crm_document_number (migration 20261126060000_insert_invoice_function), which
 * crm_insert_invoice uses too: numbering happens inside SQL statements.
 */
export function documentNumberSql(prefix: DocumentPrefix, year: number, value: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`crm_document_number(${prefix}, ${year}::int, (${value})::int)`;
}
