import type pg from "pg";
import type { Prisma } from "./generated/client";

/**
 * Options of one statement. `prepared`: keep it prepared on the connection, so a repeat skips parsing and,
 * after five runs, planning (PostgreSQL may then keep one generic plan). Only for statements whose best
 * plan cannot depend on the values, such as a lookup by primary keys.
 */
export interface SqlOptions {
  prepared?: boolean;
}

/** Runs one raw statement and answers its rows. */
export type RunSql = <T>(sql: Prisma.Sql, options?: SqlOptions) => Promise<T[]>;

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
  return async <T>(sql: Prisma.Sql, options?: SqlOptions) => {
    const values = sql.values.map((value) => (value instanceof Date ? value.toISOString() : value));
    const name = options?.prepared ? statementName(sql.text) : undefined;
    const result = await pool.query({ name, text: sql.text, values, types });
    return result.rows as T[];
  };
}

// pg prepares a named statement once per connection and refuses one name for two texts, so the name is the
// text's. The texts are the code's own (values are parameters), a bounded set; the cap is a guard.
const statementNames = new Map<string, string>();
const MAX_PREPARED = 256;

function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_PREPARED) {
    name = `crm_${statementNames.size}`;
    statementNames.set(text, name);
  }
  return name;
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
