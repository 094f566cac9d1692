import type { PGlite } from "@electric-sql/pglite";
import { PrismaClient } from "./generated/client";
import { databaseTarget, type DatabaseTarget } from "./database-url";
import { directSql, viaPrisma, type RunSql } from "./direct-sql";

export type Db = PrismaClient;
export type { Prisma } from "./generated/client";

export interface DbHandle {
  client: PrismaClient;
  /** Raw statements straight on the driver where there is one to go to (PostgreSQL), else through Prisma. */
  sql: RunSql;
  close(): Promise<void>;
}

// One handle per process, kept on globalThis so dev hot reloads and the many
// route bundles share it (PGlite must never be opened twice), and created
// lazily so `next build` opens no database.
const globalForDb = globalThis as typeof globalThis & { __crmDb?: Promise<DbHandle> };

/** The Prisma client for DATABASE_URL (PostgreSQL) or the embedded default. */
export function getDb(): Promise<PrismaClient> {
  return handle().then((opened) => opened.client);
}

/** The process's RunSql (see direct-sql.ts): for hot single statements outside transactions. */
export async function getSql(): Promise<RunSql> {
  return (await handle()).sql;
}

function handle(): Promise<DbHandle> {
  globalForDb.__crmDb ??= openDb(databaseTarget()).catch((error: unknown) => {
    globalForDb.__crmDb = undefined; // let the next request try again
    throw error;
  });
  return globalForDb.__crmDb;
}

/** Closes the process's database handle (scripts, tests, shutdown). */
export async function closeDb(): Promise<void> {
  const pending = globalForDb.__crmDb;
  globalForDb.__crmDb = undefined;
  if (pending) await (await pending).close();
}

export function isEmbedded(): boolean {
  return databaseTarget().kind === "pglite";
}

/** Opens a database of one's own (tests of a particular target); the app uses getDb(). */
export async function openDb(target: DatabaseTarget, options: { connectTimeoutMs?: number } = {}): Promise<DbHandle> {
  if (target.kind === "postgres") {
    const [{ PrismaPg }, { default: pg }] = await Promise.all([import("@prisma/adapter-pg"), import("pg")]);
    // One pool, shared by Prisma and the direct statements of direct-sql.ts.
    const pool = new pg.Pool({
      connectionString: target.url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      connectionTimeoutMillis: options.connectTimeoutMs ?? positiveInt(process.env.DATABASE_CONNECT_TIMEOUT_MS, 5_000),
    });
    // Idle clients that lose their server must not crash the process (Prisma adds its own listener once connected).
    pool.on("error", (error: Error) => console.error("database pool:", error.message));
    const adapter = new PrismaPg(pool);
    // A burst of writes serialised on one lock (invoice numbers, one dialler number) each hold a pooled
    // connection while they queue: wait for a connection longer than Prisma's 2 s before giving up (503).
    const client = new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 15_000 } });
    let closed: Promise<void> | undefined;
    const close = () => (closed ??= client.$disconnect().then(() => pool.end()));
    return { client, sql: directSql(pool, pg.types), close };
  }

  const [{ PGlite }, { PrismaPGlite }, { acquireDataDirLock }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("pglite-prisma-adapter"),
    import("./data-dir-lock.mjs"),
  ]);
  // PGlite has no lock between processes; a second opener corrupts the folder.
  const release = acquireDataDirLock(target.dir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(target.dir);
  } catch (error) {
    release();
    throw error;
  }
  const client = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const sql = viaPrisma(client);
  let closed: Promise<void> | undefined;
  const close = () => {
    // Once, whoever asks first (a script, the shutdown, a signal).
    closed ??= (async () => {
      forgetSignals();
      await client.$disconnect();
      await pglite.close();
      release();
    })();
    return closed;
  };
  const forgetSignals = closeOnSignals(close);
  return { client, sql, close };
}

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value && Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

/**
 * Scripts holding the embedded database close it on SIGTERM/SIGINT (a clean
 * close writes PGlite's checkpoint), then exit as the signal asked. The app
 * server (scripts/server.ts, NEXT_MANUAL_SIG_HANDLE) orders its own shutdown
 * and closes the database last, so nothing is registered there. Returns the
 * unregistering function: a closed database leaves no handler behind to race
 * another shutdown (npm start's parent process closes its handle early).
 */
function closeOnSignals(close: () => Promise<void>): () => void {
  if (process.env.NEXT_MANUAL_SIG_HANDLE) return () => undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    close()
      .catch((error: unknown) => console.error("closing the embedded database failed", error))
      .finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
  return () => {
    process.off("SIGTERM", onSignal);
    process.off("SIGINT", onSignal);
  };
}
