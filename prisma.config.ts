// Prisma 7 CLI configuration (prisma generate / migrate / db).
//
// The CLI would download a native schema engine for every migrate command, which is impossible on
// an offline machine. prisma/engine/schema-engine.mjs stands in for it (WebAssembly engine + driver
// adapters), so every install, online or not, behaves the same. See /work/shared/STACK.md.
//
// DATABASE_URL: `postgresql://…` for a PostgreSQL server, or `pglite:<dir>` for the embedded
// database (the default, relative to the working directory). Not using `env()` from prisma/config
// on purpose: it throws when the variable is unset, and unset means "use the embedded database".
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

const root = path.dirname(fileURLToPath(import.meta.url));
process.env.PRISMA_SCHEMA_ENGINE_BINARY ||= path.join(root, "prisma", "engine", "schema-engine.mjs");

export default defineConfig({
  schema: "prisma/schema", // a folder: every *.prisma file in it is part of the schema
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL || "pglite:./.data/pglite" },
});
