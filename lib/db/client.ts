import type { PGlite } from "@electric-sql/pglite";
import { PrismaClient } from "./generated/client";
import { databaseTarget, type DatabaseTarget } from "./database-url";

export type Db = PrismaClient;
export type { Prisma } from "./generated/client";

export interface DbHandle {
  client: PrismaClient;
  close(): Promise<void>;
}

// One handle per process, kept on globalThis so dev hot reloads and the many
// route bundles share it (PGlite must never be opened twice), and created
// lazily so `next build` opens no database.
const globalForDb = globalThis as typeof globalThis & { __crmDb?: Promise<DbHandle> };

/** The Prisma client for DATABASE_URL (PostgreSQL) or the embedded default. */
export function getDb(): Promise<PrismaClient> {
  globalForDb.__crmDb ??= openDb(databaseTarget()).catch((error: unknown) => {
    globalForDb.__crmDb = undefined; // let the next request try again
    throw error;
  });
  return globalForDb.__crmDb.then((handle) => handle.client);
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
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const adapter = new PrismaPg({
      connectionString: target.url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      connectionTimeoutMillis: options.connectTimeoutMs ?? positiveInt(process.env.DATABASE_CONNECT_TIMEOUT_MS, 5_000),
    });
    const client = new PrismaClient({ adapter });
    return { client, close: () => client.$disconnect() };
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
  const close = async () => {
    await client.$disconnect();
    await pglite.close();
    release();
  };
  closeOnExit(close);
  return { client, close };
}

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value && Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

function closeOnExit(close: () => Promise<void>): void {
  let closing = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      if (closing) return;
      closing = true;
      // A clean close writes PGlite's checkpoint; then exit as the signal asked.
      close()
        .catch((error: unknown) => console.error("closing the embedded database failed", error))
        .finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    });
  }
}
