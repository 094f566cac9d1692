import type pg from "pg";
import type { Prisma } from "./generated/client";

/** Runs one raw statement and answers its rows. */
export type RunSql = <T>(sql: Prisma.Sql) => Promise<T[]>;

/** Prisma's client or a transaction of it, for raw statements. */
export type Queryable = Pick<Prisma.TransactionClient, "$queryRaw">;

/** A RunSql through Prisma: inside the caller's transaction, or on the embedded database. */
export function viaPrisma(db: Queryable): RunSql {
  return <T>(sql: Prisma.Sql) => db.$queryRaw<T[]>(sql);
}

/**
 * A RunSql straight on the pg pool Prisma itself uses (PostgreSQL only), for the few hot
 * statements that are one call of a SQL function (log-call, invoice creation). Prisma's
 * raw-query path costs 0.1–0.2 ms of CPU per query on top of pg's (measured in
 * README "Money", Scale): at hundreds of requests a second in one event loop, that is
 * the difference. Values go as Prisma would send them (a Date as its UTC ISO text);
 * rows come back as pg parses them, except `timestamp` (UTC in our columns) and `date`,
 * which pg would read in the process's time zone.
 */
export function directSql(pool: pg.Pool, pgTypes: typeof pg.types): RunSql {
  const types = {
    getTypeParser: ((oid: number, format?: string) => {
      if (oid === TIMESTAMP) return parseUtcTimestamp;
      if (oid === DATE) return (value: string) => new Date(`${value}T00:00:00Z`);
      return format === "binary" ? pgTypes.getTypeParser(oid, "binary") : pgTypes.getTypeParser(oid, "text");
    }) as typeof pgTypes.getTypeParser,
  };
  return async <T>(sql: Prisma.Sql) => {
    const values = sql.values.map((value) => (value instanceof Date ? value.toISOString() : value));
    const result = await pool.query({ text: sql.text, values, types });
    return result.rows as T[];
  };
}

const TIMESTAMP = 1114;
const DATE = 1082;

/**
 * `2026-11-26 05:52:18.123` (PostgreSQL's text form of a `timestamp`) as that UTC time. Read by hand:
 * a page of leads carries three per row, and string surgery plus Date's own parser cost a tenth of
 * the list's CPU. Other forms (more than 3 fraction digits, BC, infinity) go to Date's parser.
 */
export function parseUtcTimestamp(value: string): Date {
  // Four-digit years from 1000 on only: Date.UTC reads 0–99 as 1900–1999.
  if (value.length >= 19 && value.length <= 23 && value.charCodeAt(10) === 32 && value.charCodeAt(0) !== 48) {
    const ms = value.length > 20 ? Number(value.slice(20).padEnd(3, "0")) : 0;
    const time = Date.UTC(
      Number(value.slice(0, 4)),
      Number(value.slice(5, 7)) - 1,
      Number(value.slice(8, 10)),
      Number(value.slice(11, 13)),
      Number(value.slice(14, 16)),
      Number(value.slice(17, 19)),
      ms,
    );
    if (!Number.isNaN(time)) return new Date(time);
  }
  return new Date(`${value.replace(" ", "T")}Z`);
}
