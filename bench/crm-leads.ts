// npm run bench:leads -- --client-id bench-leads --key <key>   (a tenant filled by `npm run bench:data`)
// Lists (first page, deep cursor page, filtered, search) next to a bare route, and the export of every
// lead (and customer). The import has its own benchmark, bench/crm-leads-import.ts.
// By default endpoints run in-process through their route handlers (auth, rate limit, validation, domain,
// response check), not over HTTP, next to a bare in-process tenant endpoint. With --http <base url> they
// run over HTTP against a started server (`scripts/server.ts` or `next start`, same DATABASE_URL), next to
// the bare route GET /api/test/ping; with --pid <server pid> the exports report the server's
// RSS (sampled every 200 ms) instead of this process's. --parts lists,export picks what runs;
// --deep-row N (default 20,000) is where the deep cursor page starts. Raise the tenant's limits first:
//   npm run tenant:limits -- --client-id bench-leads --rule all --points 100000000
import pg from "pg";
import { z } from "zod";
import { closeDb } from "@/lib/db/client";
import { crm } from "@/lib/dialects";
import { crm as crmDialect } from "@/lib/dialects/crm/dialect";
import { encodeCursor } from "@/lib/crm/keyset-cursor";
import { defineEndpoint, type RouteHandler } from "@/lib/http/endpoint";
import { withRssSampling } from "./server-rss";

const args = process.argv.slice(2);
const arg = (name: string, fallback?: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const key = arg("key") ?? "";
const runs = Number(arg("runs", "50"));
const clientId = arg("client-id") ?? "";
const base = arg("http");
const pid = Number(arg("pid", String(process.pid)));
const parts = new Set((arg("parts") ?? "lists,export").split(","));
const deepRow = Number(arg("deep-row", "20000"));
const url = process.env.DATABASE_URL!;
const headers = { Authorization: `Bearer ${key}` };

const bare = defineEndpoint({
  dialect: crmDialect,
  method: "GET",
  path: "/dev/crm/bench-bare",
  summary: "bare",
  auth: "tenant",
  response: z.object({ ok: z.boolean() }),
  handler: async () => ({ ok: true }),
});

/** One request: over HTTP with --http, else straight into the route handler. */
async function call(handler: RouteHandler, path: string, init: RequestInit = {}, params: Record<string, string> = {}) {
  const response = base
    ? await fetch(`${base}${path}`, { headers, ...init })
    : await handler(new Request(`http://localhost${path}`, { headers, ...init }), { params: Promise.resolve(params) });
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response;
}

/**
 * Latency of each case, measured in rounds: every round runs each case once, in turn, so a slow spell of
 * a shared machine lands on all of them alike and the ratios to the first case (the bare route) hold.
 */
async function timeRounds(cases: [label: string, fn: () => Promise<unknown>][]) {
  for (let i = 0; i < 5; i++) for (const [, fn] of cases) await fn(); // warm-up
  const ms = cases.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    for (const [c, [, fn]] of cases.entries()) {
      const start = performance.now();
      await fn();
      ms[c]!.push(performance.now() - start);
    }
  }
  const p = (c: number, q: number) => {
    const sorted = [...ms[c]!].sort((x, y) => x - y);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  };
  for (const [c, [label]] of cases.entries()) {
    const ratio = c === 0 ? "" : `   ${(p(c, 0.5) / p(0, 0.5)).toFixed(1)}× the first`;
    console.log(`${label.padEnd(38)} p50 ${p(c, 0.5).toFixed(1).padStart(7)} ms   p99 ${p(c, 0.99).toFixed(1).padStart(7)} ms${ratio}`);
  }
}

const client = new pg.Client({ connectionString: url });
await client.connect();
const mb = (n: number) => n.toFixed(0);
console.log(
  `${base ? `over HTTP to ${base}` : "in-process"}; ${runs} rounds of one request per case, after 5 warm-up rounds; load average ${(await import("node:os"))
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ")}`,
);

if (parts.has("lists")) {
  // The deep page's cursor is the position of row --deep-row, read straight from the table.
  const deep = await client.query<{ createdAt: Date; id: string }>(
    `SELECT l."createdAt", l.id FROM "Lead" l JOIN "Tenant" t ON t.id = l."tenantId" WHERE t."clientId" = $1 ORDER BY l."createdAt" DESC, l.id DESC OFFSET $2 LIMIT 1`,
    [clientId, deepRow - 1],
  );
  if (!deep.rows[0]) throw new Error(`No lead at row ${deepRow} of tenant ${clientId} (--client-id)`);
  // pg reads a timestamp without time zone as local time; the column holds UTC.
  const at = deep.rows[0].createdAt;
  const cursor = encodeCursor({ createdAt: new Date(at.getTime() - at.getTimezoneOffset() * 60_000), id: deep.rows[0].id });
  const list = async (path: string) => void (await (await call(crm.listLeads.handler, path)).arrayBuffer());
  const bareCase: [string, () => Promise<unknown>] = base
    ? ["bare route GET /api/test/ping", async () => void (await (await fetch(`${base}/api/test/ping`)).arrayBuffer())]
    : ["bare tenant endpoint", () => call(bare.handler, "/dev/crm/bench-bare")];
  await timeRounds([
    bareCase,
    ["list: first page (50)", () => list("/dev/crm/leads")],
    [`list: deep cursor page (row ${deepRow.toLocaleString("en")})`, () => list(`/dev/crm/leads?cursor=${cursor}`)],
    ["list: filtered status+source", () => list("/dev/crm/leads?status=qualified&source=referral")],
    ["list: search 'okafor'", () => list("/dev/crm/leads?search=okafor")],
    ["list: search 'globex 42'", () => list("/dev/crm/leads?search=globex%2042")],
  ]);
}

// Export of every lead and every customer: rows/s and RSS growth (the server's with --pid).
async function exportAll(label: string, handler: RouteHandler, path: string) {
  const started = performance.now();
  const {
    result: rows,
    before,
    peak: top,
    growth,
  } = await withRssSampling(pid, async () => {
    const response = await call(handler, path);
    let newlines = -1; // the header
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return newlines;
      for (const byte of value) if (byte === 10) newlines++;
    }
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `export ${label}: ~${rows} rows in ${seconds.toFixed(1)} s = ${(rows / seconds).toFixed(0)} rows/s; ${base ? "server " : ""}RSS ${mb(before)} → peak ${mb(top)} MB, growth ${mb(growth)} MB`,
  );
}
if (parts.has("export")) {
  await exportAll("leads", crm.exportLeads.handler, "/dev/crm/leads/export");
  await exportAll("customers", crm.exportCustomers.handler, "/dev/crm/customers/export");
}
await client.end();
await closeDb();
