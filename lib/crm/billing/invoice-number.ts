import { Prisma } from "@/lib/db/generated/client";
import { bumpCountersSql } from "../sequence";

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

/**
 * The next `INV-<year>-<NNN>` (or `QUO-…`) of the tenant for that year. The
 * counter row stays locked until the caller's transaction ends, so numbers
 * are handed out one at a time and a rolled-back creation gives its number
 * back: sequential, no gaps, no repeats. Creations that can write their
 * document first should use numberDocument instead, which takes the number
 * in the transaction's last statement and so holds the lock briefly.
 */
export async function nextDocumentNumber(tx: Prisma.TransactionClient, tenantId: string, prefix: DocumentPrefix, year: number): Promise<string> {
  const rows = await tx.$queryRaw<{ number: string }[]>`
    WITH counter AS (${bumpCountersSql(tenantId, [documentNumberCounter(prefix, year)])})
    SELECT ${documentNumberSql(prefix, year, Prisma.sql`counter."value"`)} AS "number" FROM counter`;
  const number = rows[0]?.number;
  if (number === undefined) throw new Error(`no ${prefix} number returned`);
  return number;
}
