import fs from "node:fs";

/**
 * Creates `dir` (and missing parents) readable by the owner only, and
 * tightens an existing one: the data folder holds the generated secrets and
 * the embedded database files.
 */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    fs.chmodSync(dir, 0o700);
  } catch {
    // Not ours to change (e.g. a mounted volume): its owner decides.
  }
}
