import { Prisma } from "@/lib/db/generated/client";

/** A half-open time range [from, before) a report or list covers; either end may be open. */
export interface TimeRange {
  from?: Date;
  before?: Date;
}

/**
 * `AND column >= from AND column < before` for the ends given (`column` is a
 * constant identifier, never input). Columns are UTC timestamps without zone.
 */
export function rangeSql(column: string, range: TimeRange): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (range.from) parts.push(Prisma.sql`${Prisma.raw(column)} >= (${range.from.toISOString()}::timestamptz AT TIME ZONE 'UTC')`);
  if (range.before) parts.push(Prisma.sql`${Prisma.raw(column)} < (${range.before.toISOString()}::timestamptz AT TIME ZONE 'UTC')`);
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}
