import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireDataDirLock } from "./data-dir-lock.mjs";
import { databaseTarget } from "./database-url";
import { migrateDeploy } from "./migrate-deploy";
import { openDb } from "./client";

// The quick start's path: no server, a fresh embedded database, real migrations.
describe("embedded PostgreSQL (PGlite)", () => {
  it("migrates a fresh data folder and answers queries", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-pglite-"));
    const url = `pglite:${path.join(dir, "db")}`;
    try {
      await migrateDeploy(url, { quiet: true });
      const handle = await openDb(databaseTarget(url));
      try {
        const tenant = await handle.client.tenant.create({ data: { clientId: "embedded", name: "Embedded", allowedDomains: [] } });
        expect(await handle.client.tenant.count()).toBe(1);
        const [row] = await handle.client.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
        expect(row!.n).toBeGreaterThan(0);
        expect(tenant.features).toEqual(["call", "mute", "hold", "dtmf"]);
      } finally {
        await handle.close();
      }
      // Applying again is a no-op, not an error.
      await migrateDeploy(url, { quiet: true });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("refuses to migrate a folder another process holds", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-pglite-"));
    const dbDir = path.join(dir, "db");
    const release = acquireDataDirLock(dbDir);
    try {
      await expect(migrateDeploy(`pglite:${dbDir}`, { quiet: true })).rejects.toThrow(/in use/);
    } finally {
      release();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
