import { Prisma } from "@/lib/db/generated/client";

export type DocumentPrefix = "INV" | "QUO";

/** The counter behind a prefix and year ("invoice-number:2026"). */
export function documentNumberCounter(prefix: DocumentPrefix, year: number): string {
  return `${prefix === "INV" ? "invoice" : "quote"}-number:${year}`;
}

/**
 * `INV-<year>-<NNN>` as SQL, from an integer expression: at least three digits, never cut
 * (1000 stays 1000). The one place the format is written: numbering happens inside SQL
 * statements (see number-document.ts), so the format lives here rather than in JS.
 */
export function documentNumberSql(prefix: DocumentPrefix, year: number, value: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${`${prefix}-${year}-`} || lpad((${value})::text, greatest(3, length((${value})::text)), '0'))`;
}
