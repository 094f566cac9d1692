// `npm start` (and `npm run dev` with --dev): everything a fresh clone needs
// to serve the app: secrets → migrations → demo data on an empty embedded
// database → a production build when the sources changed → next start.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { appSecrets } from "@/lib/config/app-secrets";
import { dataDir } from "@/lib/config/data-dir";
import { ensurePrivateDir } from "@/lib/config/private-dir";
import { checkStartupConfig } from "@/lib/config/startup-checks";
import { closeDb } from "@/lib/db/client";
import { databaseTarget } from "@/lib/db/database-url";
import { migrateDeploy } from "@/lib/db/migrate-deploy";
import { seedDemo } from "../prisma/demo/seed-demo";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  ensurePrivateDir(dataDir()); // secrets and the embedded database: owner only (an older .data/ is tightened)
  appSecrets(); // generate on first run (kept in .data/) unless the environment provides them
  checkStartupConfig(); // refuses weak or missing production settings (see README, Security)
  // next-auth needs to know its own URL; without NEXTAUTH_URL (quick start only), it takes the
  // Host header: scripts/server.ts drops X-Forwarded-Host unless TRUST_PROXY_HOPS says a proxy set it.
  if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";

  const target = databaseTarget();
  console.log(`Database: ${target.kind === "pglite" ? `embedded PostgreSQL (PGlite) in ${path.relative(root, target.dir)}` : "PostgreSQL (DATABASE_URL)"}`);
  await migrateDeploy(process.env.DATABASE_URL);

  if (target.kind === "pglite" && process.env.SEED_DEMO !== "0") {
    // Only an empty embedded database gets demo data; a server gets it with `npm run db:seed`.
    const outcome = await seedDemo();
    if (outcome === "already-present") console.log("Demo data present.");
  }
  await closeDb(); // hand the embedded folder (and its lock) to the server process

  if (!dev && buildIsStale()) {
    console.log("Building the app (first start or sources changed)…");
    const build = spawnSync(bin("next"), ["build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  // Production: our own server around Next (client address from the socket, ordered shutdown).
  const server = dev
    ? spawn(bin("next"), ["dev", "-p", port], { stdio: "inherit", env: process.env })
    : spawn(bin("tsx"), [path.join(root, "scripts", "server.ts")], {
        stdio: "inherit",
        env: { ...process.env, PORT: port, NODE_ENV: "production", NODE_OPTIONS: withHeapCap(process.env.NODE_OPTIONS) },
      });
  // The server orders its own shutdown; pass the signal on once and wait for it to exit.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/**
 * The server's old-generation heap is capped (README "Leads at scale": memory), unless NODE_OPTIONS
 * sets its own: with the default limit (a share of the machine's memory) V8 lets the garbage of a
 * streamed export pile up to hundreds of MB before collecting it; capped, an export of a million rows
 * leaves RSS flat at the same speed, and imports (batches, streamed) stay far below the cap.
 */
const SERVER_HEAP_MB = 384;
function withHeapCap(options: string | undefined): string {
  if (options?.includes("--max-old-space-size")) return options;
  return `${options ?? ""} --max-old-space-size=${SERVER_HEAP_MB}`.trim();
}

/** True when there is no build, or any source is newer than it. */
function buildIsStale(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "public", "next.config.mjs", "tailwind.config.ts", "postcss.config.mjs", "package-lock.json"];
  return sources.some((source) => newestMtime(path.join(root, source)) > built);
}

function newestMtime(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(file)) {
    if (entry === "generated" || entry === "node_modules") continue; // Prisma's output is rebuilt at install
    newest = Math.max(newest, newestMtime(path.join(file, entry)));
  }
  return newest;
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDb().catch(() => undefined);
  process.exit(1);
});
