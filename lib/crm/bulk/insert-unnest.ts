import type { Prisma } from "@/lib/db/client";
import { Prisma as Sql } from "@/lib/db/generated/client";

/** A cell of a set-based insert; a Date goes in as its UTC ISO text (our timestamps are UTC). */
export type UnnestValue = string | number | boolean | Date | null | undefined;

/** One column of a set-based insert: its name, its PostgreSQL type, and how a row gives its value. */
export interface UnnestColumn<R> {
  name: string;
  /** As PostgreSQL spells it ("uuid", "text", "int", "timestamp", "jsonb", `"LeadStatus"`): the column's array is cast to `type[]`. */
  type: string;
  value(row: R): UnnestValue;
}

/**
 * Inserts many rows in one statement, one array parameter per column:
 * `INSERT INTO t (a, b) SELECT * FROM unnest($1::uuid[], $2::text[])`. The
 * statement's size does not grow with the rows (Prisma's createMany sends a
 * parameter per cell and costs about a millisecond per row in its query
 * compiler; this costs microseconds), and PostgreSQL plans it once.
 * The caller checks the rules first: this writes exactly what it is given.
 */
export async function insertUnnest<R>(tx: Prisma.TransactionClient, table: string, columns: readonly UnnestColumn<R>[], rows: readonly R[]): Promise<number> {
  if (rows.length === 0) return 0;
  const names = columns.map((c) => `"${c.name}"`).join(", ");
  const arrays = columns.map((c) => {
    const cells = rows.map((row) => cell(c.value(row)));
    return Sql.sql`${cells}::${Sql.raw(c.type)}[]`;
  });
  return tx.$executeRaw(Sql.sql`INSERT INTO ${Sql.raw(`"${table}"`)} (${Sql.raw(names)}) SELECT * FROM unnest(${Sql.join(arrays)})`);
}

function cell(value: UnnestValue): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  return value instanceof Date ? value.toISOString() : value;
}
