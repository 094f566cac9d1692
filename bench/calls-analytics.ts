// npm run bench:calls — the ribbon's reports and its write path at scale, against a running app on the
// database bench/generate-calls.ts filled (≈ 400,000 calls, ≈ 1,000,000 events):
//   1. analytics, analytics/detailed (whole year and last 30 days), call-logs (first page and page 10,000 =
//      offset 500,000): BENCH_ROUNDS sequential requests each → p50/p99, next to the same SQL (the domain's
//      own query builders) run directly over a pg pool, the queries of one request in parallel as the app does;
//   2. export/calls?format=csv over the whole year: rows/s, and the server's RSS growth (sampled from
//      /proc/BENCH_PID/status every 200 ms, bench/server-rss.ts) over its RSS before the export;
//   3. log-call throughput (autocannon, new calls: connected then callEnded) next to the bare
//      GET /api/test/ping, BENCH_SECONDS each with BENCH_CONNECTIONS connections, alternating
//      ping / log-call twice, each figure with the machine's load average (BENCH_PARTS=write for only this).
//
//   DATABASE_URL=… npx next start -p 3305 &          # NODE_ENV=production, same DATABASE_URL
//   DATABASE_URL=… BENCH_URL=http://localhost:3305 BENCH_PID=<next-server pid> npx tsx bench/calls-analytics.ts
import os from "node:os";
import autocannon from "autocannon";
import pg from "pg";
import { recentCallsQuery } from "@/lib/crm/calls/call-analytics";
import { callCondition } from "@/lib/crm/calls/call-filter";
import { callStatsQueries } from "@/lib/crm/calls/call-stats";
import { topCustomersQuery } from "@/lib/crm/calls/detailed-analytics";
import { exportBatchQuery } from "@/lib/crm/calls/export-calls";
import { callLogCondition, callLogQueries } from "@/lib/crm/calls/list-call-logs";
import { systemContext } from "@/lib/crm/context";
import { closeDb, getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { BENCH_CLIENT_ID, benchKey } from "./generate-calls";
import { withRssSampling } from "./server-rss";

const base = process.env.BENCH_URL ?? "http://localhost:3305";
const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const pid = process.env.BENCH_PID;
/** Which parts to run: reads, export, write (default all). */
const parts = new Set((process.env.BENCH_PARTS ?? "reads,export,write").split(","));
let keyTurn = 0;
// The ribbon's per-key limit (600/min) stays in force: requests are spread over the tenant's 64 keys.
const nextKey = () => benchKey(keyTurn++);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
function summarize(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function timeEndpoint(path: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < rounds + 2; i++) {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, { headers: { "X-API-Key": nextKey() } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    if (i >= 2) samples.push(performance.now() - started); // two warm-ups
  }
  return samples;
}

async function timeSql(pool: pg.Pool, queries: Prisma.Sql[]): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < rounds + 2; i++) {
    const started = performance.now();
    await Promise.all(queries.map((q) => pool.query(q.text, q.values as unknown[])));
    if (i >= 2) samples.push(performance.now() - started);
  }
  return samples;
}

async function main(): Promise<void> {
  const db = await getDb();
  const tenant = await db.tenant.findUniqueOrThrow({ where: { clientId: BENCH_CLIENT_ID }, select: { id: true } });
  const ctx = systemContext(tenant.id, "bench");
  const [sizes] = await db.$queryRaw<{ calls: number; events: number }[]>`
    SELECT (SELECT count(*)::int FROM "Call" WHERE "tenantId" = ${tenant.id}::uuid) AS calls, (SELECT count(*)::int FROM "CallEvent" WHERE "tenantId" = ${tenant.id}::uuid) AS events`;
  console.log(`bench tenant: ${sizes?.calls} calls, ${sizes?.events} events; ${rounds} sequential requests per endpoint after 2 warm-ups\n`);
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

  const everything = (await callCondition(ctx, {}))!;
  const monthAgo = new Date(Date.now() - 30 * 86_400_000);
  const lastMonth = (await callCondition(ctx, { from: monthAgo }))!;
  const logs = (await callLogCondition(ctx, {}))!;
  const stats = (await callStatsQueries(ctx, {}))!;
  const stats30 = (await callStatsQueries(ctx, { from: monthAgo }))!;
  const cases: { name: string; path: string; sql: Prisma.Sql[] }[] = [
    { name: "analytics (year)", path: "/api/ribbon/analytics", sql: [...stats, recentCallsQuery(everything, 100)] },
    {
      name: "analytics/detailed (year)",
      path: "/api/ribbon/analytics/detailed",
      sql: [...stats, topCustomersQuery(everything), recentCallsQuery(everything, 10)],
    },
    {
      name: "analytics/detailed (30 days)",
      path: `/api/ribbon/analytics/detailed?startDate=${monthAgo.toISOString()}`,
      sql: [...stats30, topCustomersQuery(lastMonth), recentCallsQuery(lastMonth, 10)],
    },
    { name: "call-logs page 1", path: "/api/ribbon/call-logs?page=1&pageSize=50", sql: Object.values(callLogQueries(logs, 0, 50)) },
    { name: "call-logs page 10000", path: "/api/ribbon/call-logs?page=10000&pageSize=50", sql: Object.values(callLogQueries(logs, 9999 * 50, 50)) },
  ];
  if (parts.has("reads")) console.log("endpoint                         endpoint p50 / p99        same SQL direct p50 / p99   p50 ratio");
  for (const c of parts.has("reads") ? cases : []) {
    const endpoint = summarize(await timeEndpoint(c.path));
    const direct = summarize(await timeSql(pool, c.sql));
    console.log(
      `${c.name.padEnd(32)} ${ms(endpoint.p50).padStart(10)} / ${ms(endpoint.p99).padStart(10)}    ${ms(direct.p50).padStart(10)} / ${ms(direct.p99).padStart(10)}    ${(endpoint.p50 / direct.p50).toFixed(2)}×`,
    );
  }

  if (parts.has("export")) await benchExport(pool, everything);
  await pool.end();
  if (parts.has("write")) await benchWrite();
  await closeDb();
}

/** The whole year as CSV, streamed. */
async function benchExport(pool: pg.Pool, everything: Prisma.Sql): Promise<void> {
  const started = performance.now();
  let bytes = 0;
  let lines = 0;
  const download = async () => {
    const response = await fetch(`${base}/api/ribbon/export/calls?format=csv&X-API-Key=${nextKey()}`);
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 10) lines++;
    }
  };
  let memory = { before: NaN, peak: NaN };
  if (pid) memory = await withRssSampling(Number(pid), download);
  else await download();
  const { before, peak } = memory;
  const exportMs = performance.now() - started;
  const rows = lines - 1;
  // The same batches straight from the database, for comparison.
  const directStarted = performance.now();
  let directRows = 0;
  let after: { startTime: Date; id: string } | null = null;
  for (;;) {
    const q = exportBatchQuery(everything, after, 1000);
    const result = await pool.query<{ id: string; startTime: Date }>(q.text, q.values as unknown[]);
    directRows += result.rows.length;
    if (result.rows.length < 1000) break;
    const last = result.rows[result.rows.length - 1]!;
    after = { startTime: last.startTime, id: last.id };
  }
  const directMs = performance.now() - directStarted;
  console.log(
    `\nexport/calls?format=csv (year): ${rows} rows, ${(bytes / 1e6).toFixed(1)} MB in ${(exportMs / 1000).toFixed(2)} s = ${Math.round(rows / (exportMs / 1000))} rows/s` +
      ` (same batched SQL direct: ${directRows} rows in ${(directMs / 1000).toFixed(2)} s = ${Math.round(directRows / (directMs / 1000))} rows/s);` +
      ` server RSS ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB, growth ${(peak - before).toFixed(0)} MB`,
  );
}

/** Write path: log-call vs the bare route. */
async function benchWrite(): Promise<void> {
  const run = Date.now().toString(36);
  let n = 0;
  const measure = (opts: autocannon.Options) =>
    new Promise<autocannon.Result>((resolve, reject) =>
      autocannon({ connections, duration: seconds, ...opts }, (error, result) => (error ? reject(error) : resolve(result))),
    );
  await measure({ url: `${base}/api/test/ping`, duration: 3 }); // warm-up
  const logCallOptions = (duration: number): autocannon.Options => ({
    url: `${base}/api/ribbon/log-call`,
    duration,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        setupRequest: (request) => {
          const i = n++;
          const callSid = `LOAD-${run}-${i >> 1}`;
          const event = i % 2 === 0 ? "connected" : "callEnded";
          const data = {
            callSid,
            phoneNumber: "+919876543210",
            callDirection: "outbound",
            ...(event === "callEnded" ? { duration: 60 } : { customerData: { customerId: `BC${String((i % 3000) + 1).padStart(5, "0")}` } }),
          };
          return { ...request, body: JSON.stringify({ apiKey: benchKey(i), event, data, timestamp: new Date().toISOString(), domain: "bench.example" }) };
        },
      },
    ],
  });
  await measure(logCallOptions(3)); // warm-up
  // Alternating, twice, so a change in the shared machine's load shows in both figures of a pair.
  const load = () =>
    os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(" ");
  const line = (name: string, r: autocannon.Result, at: string) =>
    `${name.padEnd(10)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  non-2xx ${r.non2xx}  errors ${r.errors}  (load ${at})`;
  console.log(`\n${connections} connections, ${seconds} s each, ping and log-call alternating`);
  const ratios: number[] = [];
  for (let round = 1; round <= 2; round++) {
    const ping = await measure({ url: `${base}/api/test/ping` });
    const pingLoad = load();
    const log = await measure(logCallOptions(seconds));
    const logLoad = load();
    ratios.push(log.requests.average / ping.requests.average);
    console.log(
      `${line("ping", ping, pingLoad)}\n${line("log-call", log, logLoad)}\nround ${round}: log-call / ping ${(ratios.at(-1)! * 100).toFixed(0)}% (target ≥ 50%)`,
    );
  }
  console.log(`log-call / ping, both rounds: ${ratios.map((r) => `${(r * 100).toFixed(0)}%`).join(", ")}`);
}

main().catch(async (error: unknown) => {
  console.error(error);
  await closeDb().catch(() => undefined);
  process.exitCode = 1;
});
