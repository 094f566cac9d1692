import path from "node:path";

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string; url: string };

/** Embedded default, relative to the working directory (as prisma.config.ts says). */
export const EMBEDDED_DATABASE_URL = "pglite:./.data/pglite";

/**
 * Where the data lives: `DATABASE_URL=postgresql://…` for a PostgreSQL server,
 * otherwise embedded PostgreSQL (PGlite) in a folder (`pglite:<dir>`).
 */
export function databaseTarget(url = process.env.DATABASE_URL || EMBEDDED_DATABASE_URL): DatabaseTarget {
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url };
  if (url.startsWith("pglite:")) {
    const dir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), url.slice("pglite:".length));
    return { kind: "pglite", dir, url };
  }
  throw new Error(`DATABASE_URL must start with postgresql:// or pglite: (got "${url.split(":")[0]}:…")`);
}
