import { spawn } from "node:child_process";
import path from "node:path";

/**
 * Applies pending migrations with the Prisma CLI (`prisma migrate deploy`),
 * which runs the offline schema-engine stand-in (prisma/engine). On the
 * embedded database the stand-in takes the data-folder lock, so this must run
 * while no app process holds the folder. Output goes to the given streams.
 */
export function migrateDeploy(databaseUrl: string | undefined, options: { quiet?: boolean } = {}): Promise<void> {
  const prisma = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "node_modules", ".bin", "prisma");
  const env: NodeJS.ProcessEnv = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(prisma, ["migrate", "deploy"], { env, stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed (exit ${code})${output ? `:\n${output}` : ""}`))));
  });
}
