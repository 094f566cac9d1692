#!/usr/bin/env node
// Stand-in for Prisma's native schema engine binary (see /work/shared/STACK.md, "Prisma 7 on a
// machine that cannot download engines"). prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here.
//
// The Prisma CLI spawns the engine in one of two ways (node_modules/prisma/build/cli.js):
//   schema-engine --datamodels <file>... --datasource '{"url":…}'   JSON-RPC over stdin/stdout
//   schema-engine --datasource '{"url":…}' cli <command>            one-shot, exit code + stderr
// Each JSON-RPC request is forwarded to the WebAssembly schema engine, which reaches the database
// through a Prisma driver adapter chosen from the url:
//   pglite:<dir>            embedded PGlite in <dir> (relative to process.cwd()), guarded by a lock
//   postgres(ql)://…        a PostgreSQL server through @prisma/adapter-pg
// stdout carries only JSON-RPC; everything else goes to stderr as JSON log lines, as the CLI expects.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { randomUUID } from "node:crypto";
import { DriverAdapterError, bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as wasm from "@prisma/schema-engine-wasm/schema_engine_bg";
import { acquireDataDirLock } from "../../lib/db/data-dir-lock.mjs";

// ---- logging: stderr JSON lines (the CLI reads `fields.message` and ERROR `fields.error_code`) ----
const log = (level, message, extra = {}) =>
  process.stderr.write(
    JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message: String(message), ...extra }, target: "schema_engine::logger" }) + "\n",
  );
const send = (msg) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...msg }) + "\n"); // JSON-RPC
// Libraries must never print to stdout (the RPC channel) or plain text to stderr.
for (const m of ["log", "info", "debug"]) console[m] = (...a) => log("INFO", a.join(" "));
for (const m of ["warn", "error"]) console[m] = (...a) => log("WARN", a.join(" "));
process.removeAllListeners("warning").on("warning", (w) => log("WARN", w.message));
for (const s of [process.stdout, process.stderr]) s.on("error", () => {}); // CLI may be gone

// ---- arguments ----
const argv = process.argv.slice(2);
const opt = (name) => argv.flatMap((a, i) => (a === name ? [argv[i + 1]] : []));
if (argv.includes("--version") || argv.includes("-V")) {
  await loadWasm();
  process.stdout.write(`schema-engine-cli ${wasm.version()} (wasm stand-in)\n`);
  process.exit(0);
}
const datasource = (() => {
  try {
    return JSON.parse(opt("--datasource")[0]);
  } catch {
    return {};
  }
})();
const url = datasource?.url ?? "";
const cliCommand = argv.includes("cli") ? argv[argv.indexOf("cli") + 1] : null;
const isPglite = url.startsWith("pglite:");
const pgliteDir = isPglite ? path.resolve(process.cwd(), url.slice("pglite:".length) || ".data/pglite") : null;
const openPglites = []; // closed on exit (bug 5: an open PGlite keeps the process alive)
const shadowDbs = new Set(); // PostgreSQL shadow databases we created and must drop
let releaseLock = null;

async function loadWasm() {
  // The package's entry does `import … from "./x.wasm"`, which Node 20 cannot; instantiate by hand.
  const bytes = fs.readFileSync(new URL("schema_engine_bg.wasm", import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg")));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": wasm });
  wasm.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
}

// PGlite (emscripten) throws plain objects such as { name: 'ErrnoError', errno: 20 }.
const describe = (e) => e?.message ?? (e?.errno !== undefined ? `${e.name ?? "Error"} (errno ${e.errno})` : String(e));
const prismaCode = (e) => (typeof e?.code === "string" && /^P\d{4}$/.test(e.code) ? e.code : null);
// A Prisma-style error (error_code + message) that both the RPC and `cli` paths can report.
const prismaError = (code, message) => Object.assign(new Error(message), { code });
function connectionError(e, where) {
  if (["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "EHOSTUNREACH", "EAI_AGAIN"].includes(e?.code))
    return prismaError("P1001", `Can't reach database server at \`${where}\`. Please make sure your database server is running at \`${where}\`.`);
  if (e?.code === "3D000") return prismaError("P1003", `Database does not exist on the database server at \`${where}\`: ${e.message}`);
  if (e?.code === "28P01" || e?.code === "28000") return prismaError("P1000", `Authentication failed against database server at \`${where}\`: ${e.message}`);
  return e;
}
// SQL errors from our own code become driver adapter errors, so the engine reports them properly.
const adapterError = (e) =>
  typeof e?.code === "string" && e.severity
    ? new DriverAdapterError({ kind: "postgres", code: e.code, severity: e.severity, message: e.message, detail: e.detail, column: e.column, hint: e.hint })
    : e;

// ---- PGlite ----
async function openPglite(dataDir) {
  const { PGlite } = await import("@electric-sql/pglite");
  const db = new PGlite(dataDir);
  openPglites.push(db);
  await db.waitReady;
  return db;
}
async function pgliteConnect(db) {
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const adapter = await new PrismaPGlite(db).connect();
  // Bug 1: pglite-prisma-adapter 0.7.2 does not await exec(), so failed migrations looked applied.
  adapter.executeScript = (sql) =>
    db.exec(sql).then(
      () => undefined,
      (e) => Promise.reject(adapterError(e)),
    );
  return adapter;
}
// Hold the folder lock for as long as PGlite has it open. The previous engine may still be closing
// PGlite (the CLI does not wait for it to exit), so retry for a few seconds before giving up.
async function lockPgliteDir() {
  for (let tries = 0; !releaseLock; tries++) {
    try {
      releaseLock = acquireDataDirLock(pgliteDir);
    } catch (e) {
      if (e.code !== "EDATADIRLOCKED" || tries >= 20) throw e;
      if (tries === 0) log("INFO", `Waiting up to 5 s for process ${e.pid} to release ${pgliteDir}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
async function pgliteFactory() {
  await lockPgliteDir();
  const main = await openPglite(pgliteDir).catch((e) => {
    throw new Error(`Could not open the embedded database at ${pgliteDir}: ${describe(e)}`);
  });
  return {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    connect: () => pgliteConnect(main),
    // Shadow database: a fresh in-memory PGlite, closed when the engine disposes it.
    connectToShadowDb: async () => {
      const shadow = await openPglite(undefined);
      const adapter = await pgliteConnect(shadow);
      adapter.dispose = () => shadow.close();
      return adapter;
    },
  };
}

// ---- PostgreSQL ----
const withDatabase = (u, db) => Object.assign(new URL(u), { pathname: "/" + encodeURIComponent(db) }).toString();
const hostOf = (u) => {
  const x = new URL(u);
  return `${x.hostname}:${x.port || 5432}`;
};
async function pgAdmin(u, sql) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: u, connectionTimeoutMillis: 10000 });
  try {
    await client.connect();
    return await client.query(sql);
  } catch (e) {
    throw adapterError(connectionError(e, hostOf(u)));
  } finally {
    await client.end().catch(() => {});
  }
}
async function dropShadow(name) {
  const sql = `DROP DATABASE IF EXISTS "${name}"`;
  await pgAdmin(url, `${sql} WITH (FORCE)`).catch(() => pgAdmin(url, sql)); // FORCE needs PG 13+
  shadowDbs.delete(name);
  log("INFO", `Dropped shadow database ${name}`);
}
async function pgConnect(u) {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const adapter = await new PrismaPg({ connectionString: u }, { schema: new URL(u).searchParams.get("schema") ?? undefined }).connect();
  // Bug 2: adapter-pg rejects OID 18 ("char", selected from pg_constraint by the schema describer).
  const charAsText = (q) => {
    const performIO = q.performIO; // private in adapter-pg 7.10.1; the versions are pinned
    if (typeof performIO !== "function") throw new Error("@prisma/adapter-pg internals changed: update prisma/engine/schema-engine.mjs");
    q.performIO = async (query) => {
      const result = await performIO.call(q, query);
      for (const f of result.fields) if (f.dataTypeID === 18) f.dataTypeID = 25;
      return result;
    };
    return q;
  };
  const startTransaction = adapter.startTransaction;
  adapter.startTransaction = async (...a) => charAsText(await startTransaction.apply(adapter, a));
  // Run a script as ONE simple-protocol query, as the native engine does (adapter-pg splits on
  // every ';', which breaks strings and function bodies).
  adapter.executeScript = (sql) =>
    adapter
      .underlyingDriver()
      .query(sql)
      .then(
        () => undefined,
        (e) => Promise.reject(adapterError(e)),
      );
  return charAsText(adapter);
}
function pgFactory() {
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => pgConnect(url),
    // Bug 3: adapter-pg's own connectToShadowDb targets the MAIN database and drops the shadow
    // while its pool is still open. Create and drop a uniquely named database ourselves (CREATEDB).
    connectToShadowDb: async () => {
      if (datasource.shadowDatabaseUrl) return pgConnect(datasource.shadowDatabaseUrl);
      const name = `prisma_shadow_${process.pid}_${randomUUID().slice(0, 8)}`;
      await pgAdmin(url, `CREATE DATABASE "${name}"`);
      shadowDbs.add(name);
      log("INFO", `Created shadow database ${name}`);
      const adapter = await pgConnect(withDatabase(url, name));
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await dropShadow(name);
      };
      return adapter;
    },
  };
}

// ---- shutdown: close PGlite cleanly, drop leftover shadow databases, release the lock ----
let shuttingDown = null;
let inFlight = null; // id of the JSON-RPC request being processed
function shutdown(code = 0) {
  shuttingDown ??= (async () => {
    setTimeout(() => process.exit(code), 10_000).unref(); // never hang on a stuck close
    // Stopped by a signal mid-request (Ctrl-C, kill): answer it, so the CLI does not exit 0.
    if (inFlight !== null) send({ id: inFlight, error: rpcError("The schema engine was stopped before it finished this request.") });
    for (const name of [...shadowDbs]) await dropShadow(name).catch((e) => log("WARN", `could not drop ${name}: ${e.message}`));
    for (const db of openPglites) await db.close().catch(() => {});
    releaseLock?.();
    process.exit(code);
  })();
  return shuttingDown;
}
process.on("SIGTERM", () => shutdown(0)).on("SIGINT", () => shutdown(130));
process.on("uncaughtException", (e) => log("ERROR", e?.stack ?? e)).on("unhandledRejection", (e) => log("ERROR", e?.stack ?? e));

// ---- one-shot `cli` commands (used by migrate dev/deploy/status/reset to check the database) ----
log("INFO", `Starting schema engine stand-in (${isPglite ? "pglite" : "postgresql"})`); // CLI skips line 1
if (cliCommand) {
  try {
    if (isPglite) {
      // PGlite creates the folder on first open; only check that nobody else holds it.
      await lockPgliteDir();
      if (cliCommand === "drop-database") fs.rmSync(pgliteDir, { recursive: true, force: true });
    } else if (cliCommand === "can-connect-to-database") await pgAdmin(url, "SELECT 1");
    else if (cliCommand === "create-database")
      await pgAdmin(withDatabase(url, "postgres"), `CREATE DATABASE "${decodeURIComponent(new URL(url).pathname.slice(1))}"`);
    else if (cliCommand === "drop-database")
      await pgAdmin(withDatabase(url, "postgres"), `DROP DATABASE "${decodeURIComponent(new URL(url).pathname.slice(1))}"`);
    else throw new Error(`Unknown cli command: ${cliCommand}`);
    await shutdown(0);
  } catch (e) {
    log("ERROR", describe(e), prismaCode(e) ? { error_code: prismaCode(e) } : {});
    await shutdown(1);
  }
}

// ---- JSON-RPC server ----
// The wasm engine already logs JSON lines in the native format: pass them through.
const forwardLog = (line) => {
  try {
    process.stderr.write(JSON.stringify(JSON.parse(line)) + "\n");
  } catch {
    log("INFO", line);
  }
};
let factory = null; // the bound adapter factory; its registry holds plain JS errors
const engineReady = (async () => {
  await loadWasm();
  if (!isPglite && !/^postgres(ql)?:\/\//.test(url))
    throw new Error(`Unsupported datasource url (expected pglite:<dir> or postgresql://…): ${url.split(":")[0]}:…`);
  const datamodels = opt("--datamodels").map((file) => [file, fs.readFileSync(file, "utf8")]);
  factory = bindMigrationAwareSqlAdapterFactory(isPglite ? await pgliteFactory() : pgFactory());
  return wasm.SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, forwardLog, factory);
})().catch((e) => Promise.reject(explain(e)));
// Bug 4: if initialisation fails, stay alive and answer every request with the error (so the CLI
// fails) instead of exiting, which the CLI may take for success.
engineReady.catch((e) => log("ERROR", `Schema engine initialisation failed: ${describe(e)}`, prismaCode(e) ? { error_code: prismaCode(e) } : {}));

function explain(e) {
  // idempotent
  // Plain JS errors thrown inside the adapter reach us as "External error id#N": look them up.
  const id = /External error id#(\d+)/.exec(e?.message ?? "")?.[1];
  const original = id !== undefined ? factory?.errorRegistry.consumeError(Number(id))?.error : undefined;
  return connectionError(original ?? e, url.startsWith("postgres") ? hostOf(url) : url);
}
const toRpcError = (err) => rpcError(describe(err), prismaCode(err), err?.meta, err instanceof WebAssembly.RuntimeError);
// The native engine's error shape; the CLI prints data.error_code and data.message.
function rpcError(message, errorCode = null, meta = null, isPanic = false) {
  return {
    code: 4466,
    message: "An error happened. Check the data field for details.",
    data: { is_panic: isPanic, message, meta: meta ?? null, error_code: errorCode },
  };
}

let queue = Promise.resolve(); // one request at a time, in order
const methodAliases = { getDatabaseVersion: "version" };
readline
  .createInterface({ input: process.stdin, crlfDelay: Infinity })
  .on("line", (line) => {
    if (!line.trim()) return;
    let req;
    try {
      req = JSON.parse(line);
    } catch {
      return log("ERROR", `Invalid JSON-RPC request: ${line.slice(0, 200)}`);
    }
    if (req.id === undefined || !req.method) return; // a notification, or the CLI's ack of a print
    queue = queue.then(async () => {
      let reply;
      inFlight = req.id;
      try {
        const engine = await engineReady;
        const method = methodAliases[req.method] ?? req.method;
        if (typeof engine[method] !== "function" || method === "free" || method === "constructor") {
          reply = { error: { code: -32601, message: `Method not found: ${req.method}` } };
        } else {
          const result = (await engine[method](req.params ?? undefined)) ?? null;
          // The native engine prints `migrate diff` output by asking the CLI to `print` it.
          if (typeof result?.stdout === "string") {
            if (result.stdout) send({ id: `print-${req.id}`, method: "print", params: { content: result.stdout.replace(/\n$/, "") } });
            delete result.stdout;
          }
          reply = { result };
        }
      } catch (e) {
        reply = { error: toRpcError(explain(e)) };
      }
      inFlight = null;
      send({ id: req.id, ...reply });
    });
  })
  .on("close", () => queue.then(() => shutdown(0)));
