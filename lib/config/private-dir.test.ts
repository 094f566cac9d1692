import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ensurePrivateDir } from "./private-dir";

describe("the data folder", () => {
  it("is created readable by the owner only, and an existing world-readable one is tightened", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "crm-private-"));
    try {
      const fresh = path.join(root, "fresh", ".data");
      ensurePrivateDir(fresh);
      expect(fs.statSync(fresh).mode & 0o777).toBe(0o700);

      const old = path.join(root, "old");
      fs.mkdirSync(old, { mode: 0o755 });
      fs.chmodSync(old, 0o755);
      ensurePrivateDir(old);
      expect(fs.statSync(old).mode & 0o777).toBe(0o700);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
