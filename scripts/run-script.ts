import { ValidationFailed } from "@/lib/crm/errors";
import { closeDb } from "@/lib/db/client";

/** Runs a command-line task: prints a readable error (not a stack) and closes the database either way. */
export function runScript(task: () => Promise<void>): void {
  task().catch(async (error: unknown) => {
    if (error instanceof ValidationFailed) console.error(error.fields.map((f) => `${f.field}: ${f.message}`).join("\n"));
    else console.error(error instanceof Error ? error.message : error);
    await closeDb().catch(() => undefined);
    process.exitCode = 1;
  });
}
