import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDb } from "./client";

const listeners = () => ({ term: process.listenerCount("SIGTERM"), int: process.listenerCount("SIGINT") });

describe("the embedded database and signals", () => {
  it("registers no handler under the app server, and a closed handle leaves none behind", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-shutdown-"));
    const target = { kind: "pglite" as const, dir: path.join(dir, "pglite"), url: `pglite:${dir}/pglite` };
    const before = listeners();
    try {
      // Under scripts/server.ts (NEXT_MANUAL_SIG_HANDLE) the server closes the database last: no handler of ours.
      process.env.NEXT_MANUAL_SIG_HANDLE = "1";
      const served = await openDb(target);
      expect(listeners()).toEqual(before);
      await served.close();
      delete process.env.NEXT_MANUAL_SIG_HANDLE;

      // A script's handle closes on a signal, but once closed (npm start's parent closes early) it must not
      // linger and race the server's ordered shutdown.
      const scripted = await openDb(target);
      expect(listeners()).toEqual({ term: before.term + 1, int: before.int + 1 });
      await scripted.close();
      await scripted.close(); // twice is harmless
      expect(listeners()).toEqual(before);
    } finally {
      delete process.env.NEXT_MANUAL_SIG_HANDLE;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
