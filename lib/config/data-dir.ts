import path from "node:path";

/**
 * The git-ignored folder holding the embedded database and the secrets
 * generated on first run. Overridable for tests and e2e runs.
 */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CRM_DATA_DIR ?? ".data");
}
