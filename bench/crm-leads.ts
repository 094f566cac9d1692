// npm run bench:leads -- --client-id bench-leads --key <key>   (a tenant filled by `npm run bench:data`)
// Lists (first page, deep cursor page, filtered, search) next to a bare tenant endpoint, a lead CSV
// import of --import-rows rows next to PostgreSQL COPY of the same file, and the export of every lead.
// Endpoints run in-process through their route handlers (auth, rate limit, validation, domain,
// response check), not over HTTP. Raise the tenant's limits first:
//   npm run tenant:limits -- --client-id bench-leads --rule all --points 100000000
import { execFileSync } from "node:child_process";
import { unlinkSync, writeFileSync } from "node:fs";
import pg from "pg";
import { z } from "zod";
import { closeDb } from "@/lib/db/client";
import { crm } from "@/lib/dialects";
import { crm as crmDialect } from "@/lib/dialects/crm/dialect";
import { defineEndpoint, type RouteHandler } from "@/lib/http/endpoint";

const args = process.argv.slice(2);
const arg = (name: string, fallback?: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const key = arg("key") ?? "";
const runs = Number(arg("runs", "50"));
const importRows = Number(arg("import-rows", "100000"));
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

async function call(handler: RouteHandler, path: string, init: RequestInit = {}, params: Record<string, string> = {}) {
  const response = await handler(new Request(`http://localhost${path}`, { headers, ...init }), { params: Promise.resolve(params) });
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response;
}

async function time(label: string, fn: () => Promise<unknown>) {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const p = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!.toFixed(1);
  console.log(`${label.padEnd(34)} p50 ${p(0.5).padStart(7)} ms   p99 ${p(0.99).padStart(7)} ms`);
}

let cursor = "";
{
  let path = "/dev/crm/leads?limit=200";
  for (let page = 0; page < 100; page++) {
    const body = await (await call(crm.listLeads.handler, path)).json();
    cursor = body.pagination.next_cursor;
    path = `/dev/crm/leads?limit=200&cursor=${cursor}`;
  }
}
await time("bare tenant endpoint", () => call(bare.handler, "/dev/crm/bench-bare"));
await time("list: first page (50)", () => call(crm.listLeads.handler, "/dev/crm/leads"));
await time("list: deep cursor page (row 20,000)", () => call(crm.listLeads.handler, `/dev/crm/leads?cursor=${cursor}`));
await time("list: filtered status+source", () => call(crm.listLeads.handler, "/dev/crm/leads?status=qualified&source=referral"));
await time("list: search 'okafor'", () => call(crm.listLeads.handler, "/dev/crm/leads?search=okafor"));
await time("list: search 'globex 42'", () => call(crm.listLeads.handler, "/dev/crm/leads?search=globex%2042"));

// Import: a generated CSV, through the endpoint (multipart), then the same file by COPY.
const lines = ["name,email,phone,company,source,status,score"];
for (let i = 0; i < importRows; i++)
  lines.push(`Import Lead ${i},import${i}.${Date.now()}@bench.example,+1 555 ${String(i).padStart(7, "0")},Company ${i % 500},website,new,${i % 101}`);
const csv = lines.join("\n");
const rss0 = process.memoryUsage().rss;
let peak = rss0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const form = new FormData();
form.append("file", new Blob([csv], { type: "text/csv" }), "bench.csv");
let start = performance.now();
const imported = await (await call(crm.importLeads.handler, "/dev/crm/leads/import", { method: "POST", body: form })).json();
const importSeconds = (performance.now() - start) / 1000;
clearInterval(sampler);
console.log(
  `import ${imported.imported} rows: ${importSeconds.toFixed(1)} s = ${(imported.imported / importSeconds).toFixed(0)} rows/s; RSS ${(rss0 / 2 ** 20).toFixed(0)} → peak ${(peak / 2 ** 20).toFixed(0)} MB (the CSV itself is ${(csv.length / 2 ** 20).toFixed(0)} MB in this process)`,
);

// COPY of the same file into a table of the same columns (what psql \copy does), as the yardstick.
const file = `/tmp/bench-leads-${process.pid}.csv`;
writeFileSync(file, csv);
const client = new pg.Client({ connectionString: url });
await client.connect();
await client.query(
  `DROP TABLE IF EXISTS bench_copy_leads; CREATE TABLE bench_copy_leads (name text, email text, phone text, company text, source text, status text, score int)`,
);
start = performance.now();
execFileSync("psql", [url, "-c", `\\copy bench_copy_leads FROM '${file}' WITH (FORMAT csv, HEADER true)`], { stdio: "pipe" });
const copySeconds = (performance.now() - start) / 1000;
console.log(`psql \\copy of the same ${importRows} rows: ${copySeconds.toFixed(1)} s = ${(importRows / copySeconds).toFixed(0)} rows/s`);
await client.query("DROP TABLE bench_copy_leads");
await client.end();
unlinkSync(file);

// Export of every lead.
const rssBefore = process.memoryUsage().rss;
let rssPeak = rssBefore;
const sampler2 = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50);
start = performance.now();
const response = await call(crm.exportLeads.handler, "/dev/crm/leads/export");
let rows = -1;
const reader = response.body!.getReader();
for (;;) {
  const { done, value } = await reader.read();
  if (done) break;
  for (const byte of value) if (byte === 10) rows++;
}
const exportSeconds = (performance.now() - start) / 1000;
clearInterval(sampler2);
console.log(
  `export ~${rows} rows: ${exportSeconds.toFixed(1)} s = ${(rows / exportSeconds).toFixed(0)} rows/s; RSS growth ${((rssPeak - rssBefore) / 2 ** 20).toFixed(0)} MB`,
);
await closeDb();
