import { Prisma } from "@/lib/db/generated/client";

/** A half-open time range [from, before) a report covers; either end may be open. */
export interface ReportRange {
  from?: Date;
  before?: Date;
}

/** `AND column >= from AND column < before` for the ends given (column: a constant identifier). */
export function rangeSql(column: string, range: ReportRange): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (range.from) parts.push(Prisma.sql`${Prisma.raw(column)} >= (${range.from.toISOString()}::timestamptz AT TIME ZONE 'UTC')`);
  if (range.before) parts.push(Prisma.sql`${Prisma.raw(column)} < (${range.before.toISOString()}::timestamptz AT TIME ZONE 'UTC')`);
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}
