import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { lockPathFor } from "./data-dir-lock.mjs";

const PROCESSES = 5;
const TRIALS = 40;
const STEP_MS = 100;

// Each child takes part in every trial at the same moment (a shared clock):
// trial i races for folder i, whose lock names a dead process.
const CHILD = `
import { acquireDataDirLock } from ${JSON.stringify(pathToFileURL(path.resolve("lib/db/data-dir-lock.mjs")).href)};
const [root, startAt, trials, step] = process.argv.slice(1); // node -e: the arguments follow argv[0]
for (let i = 0; i < Number(trials); i++) {
  const at = Number(startAt) + i * Number(step);
  while (Date.now() < at) {}
  try {
    acquireDataDirLock(root + "/db-" + i);
    console.log(i + " won");
  } catch (e) {
    console.log(i + (e.code === "EDATADIRLOCKED" ? " lost" : " error " + e.message));
  }
}
// Hold every lock won until all children are done (an exit would release them, and a late child
// could then take a lock legitimately, which is no race).
console.log("done");
process.stdin.on("data", () => process.exit(0));
`;

/** Starts a child; `done` resolves with its output once it has raced every trial, `exited` once it is gone. */
function run(args: string[]) {
  const child = spawn(process.execPath, ["--input-type=module", "-e", CHILD, ...args], { stdio: ["pipe", "pipe", "inherit"] });
  let out = "";
  const done = new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("done")) resolve(out.replace("done", ""));
    });
    child.on("error", reject);
    child.on("exit", () => resolve(out));
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return { done, exited, finish: () => child.stdin.end("bye\n") };
}

describe("the embedded data folder lock", () => {
  it("with a dead process's pid in the lock, exactly one of several racing processes takes it over, every time", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "crm-lock-race-"));
    try {
      const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
      for (let i = 0; i < TRIALS; i++) fs.writeFileSync(lockPathFor(path.join(root, `db-${i}`)), `${dead}\n`);
      const startAt = Date.now() + 1_500; // time for every child to start
      const children = Array.from({ length: PROCESSES }, () => run([root, String(startAt), String(TRIALS), String(STEP_MS)]));
      const outputs = await Promise.all(children.map((child) => child.done));
      for (const child of children) child.finish();
      await Promise.all(children.map((child) => child.exited));
      const lines = outputs.flatMap((out) => out.trim().split("\n")).filter(Boolean);
      expect(lines.filter((line) => line.includes("error"))).toEqual([]);
      for (let i = 0; i < TRIALS; i++) {
        const winners = lines.filter((line) => line === `${i} won`).length;
        expect(winners, `trial ${i}`).toBe(1);
      }
      // Every lock was released when its holder exited; no temp or guard files are left.
      expect(
        fs.readdirSync(root).filter((file) => !file.startsWith("db-") || file.endsWith(".tmp") || file.endsWith(".lock") || file.endsWith(".takeover")),
      ).toEqual([]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);

  it("creates the data folder's parent readable by the owner only", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "crm-lock-mode-"));
    try {
      const { acquireDataDirLock } = await import("./data-dir-lock.mjs");
      const release = acquireDataDirLock(path.join(root, "fresh", "pglite"));
      expect(fs.statSync(path.join(root, "fresh")).mode & 0o777).toBe(0o700);
      expect(fs.statSync(lockPathFor(path.join(root, "fresh", "pglite"))).mode & 0o077).toBe(0);
      release();
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
