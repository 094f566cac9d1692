// Suite money at scale (issue 11). Run by hand against a PostgreSQL database of its own:
//
//   createdb -h 127.0.0.1 -U postgres crm_bench_suite
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/crm_bench_suite npx prisma migrate deploy
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/crm_bench_suite npx tsx bench/suite-money.ts
//
// 1. Generates, in one new tenant, INVOICES invoices (one item each, statuses from
//    payments) and TRANSACTIONS transactions in SQL (generate_series), over 2022-2025.
// 2. Times GET /api/v2/reports/financial (year, month) and GET /api/v2/invoices filtered by
//    status and by date (first and a deep page) through the real endpoint handlers
//    (auth, rate limit, zod, domain, Prisma, response check), next to the same SQL sent
//    directly with pg. Median of RUNS runs each.
// 3. Invoice creation: CLIENTS concurrent clients for SECONDS through POST /api/v2/invoices,
//    next to a bare handler (Response.json, no database) in the same process, then checks
//    the year's INV numbers are 001…N with no gaps or repeats.
//
// Over HTTP (BENCH_URL set): only invoice creation, against a built server on the same
// database, with autocannon: GET /api/test/ping (the bare route) and POST /api/v2/invoices
// alternated ROUNDS times, CLIENTS connections for SECONDS each, in a new tenant with
// CUSTOMERS customers whose suite rate limit is raised as `npm run tenant:limits` does;
// then the same numbering check over everything created:
//
//   npm run build && DATABASE_URL=… PORT=3304 NODE_ENV=production npx tsx scripts/server.ts &
//   DATABASE_URL=… BENCH_URL=http://localhost:3304 npx tsx bench/suite-money.ts
//
// LOCK_CHECK=1: is the numbering lock what limits? createInvoice in-process, CLIENTS loops for
// SECONDS, all in one workspace (one counter) then spread over CLIENTS workspaces (no shared
// counter), alternated ROUNDS times: equal rates mean the lock no longer limits.
import { execFileSync } from "node:child_process";
import autocannon from "autocannon";
import { Client } from "pg";
import { createApiKey } from "@/lib/crm/api-keys/create-api-key";
import { createInvoice } from "@/lib/crm/billing/create-invoice";
import { systemContext, type CrmContext } from "@/lib/crm/context";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { createTenant } from "@/lib/crm/tenants/create-tenant";
import { closeDb } from "@/lib/db/client";
import { suite } from "@/lib/dialects";
import type { RouteHandler } from "@/lib/http/endpoint";
import { callRoute } from "@/lib/testing/call-route";

const INVOICES = Number(process.env.INVOICES ?? 200_000);
const TRANSACTIONS = Number(process.env.TRANSACTIONS ?? 1_000_000);
const CUSTOMERS = Number(process.env.CUSTOMERS ?? 5_000);
const RUNS = Number(process.env.RUNS ?? 7);
const CLIENTS = Number(process.env.CLIENTS ?? 20);
const SECONDS = Number(process.env.SECONDS ?? 10);
const BENCH_URL = process.env.BENCH_URL;
const ROUNDS = Number(process.env.ROUNDS ?? 2);
/** The year the bench's new invoices are dated in: its counter starts empty. */
const YEAR = 2026;

async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timed(fn));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function generateCustomers(pg: Client, tenantId: string): Promise<void> {
  await pg.query(
    `INSERT INTO "Customer" ("id","tenantId","seq","name","email","createdAt","updatedAt")
     SELECT gen_random_uuid(), $1, g, 'Bench customer ' || g, 'bench' || g || '@example.com', now(), now() FROM generate_series(1, $2) g`,
    [tenantId, CUSTOMERS],
  );
  await pg.query(
    `INSERT INTO "TenantCounter" ("tenantId","name","value") VALUES ($1,'customer',$2)
     ON CONFLICT ("tenantId","name") DO UPDATE SET "value" = EXCLUDED."value"`,
    [tenantId, CUSTOMERS],
  );
}

async function generate(pg: Client, tenantId: string): Promise<void> {
  const t0 = performance.now();
  await generateCustomers(pg, tenantId);
  // Amounts in whole cents; a third paid, a sixth partially paid, the rest unpaid.
  await pg.query(
    `INSERT INTO "Invoice" ("id","tenantId","seq","number","customerId","issueDate","dueDate","subtotal","taxTotal","amount","amountPaid","status","createdAt","updatedAt")
     SELECT gen_random_uuid(), $1, g,
            'INV-' || extract(year FROM d)::int || '-' || CASE WHEN n < 1000 THEN lpad(n::text, 3, '0') ELSE n::text END,
            c."id", d, d + 30, a, 0, a,
            CASE WHEN g % 3 = 0 THEN a WHEN g % 6 = 1 THEN round(a / 2, 2) ELSE 0 END,
            (CASE WHEN g % 3 = 0 THEN 'paid' WHEN g % 6 = 1 THEN 'partially_paid' ELSE 'unpaid' END)::"InvoiceStatus",
            now(), now()
     FROM (SELECT s0.*, row_number() OVER (PARTITION BY extract(year FROM d) ORDER BY g) AS n
           FROM (SELECT g, DATE '2022-01-01' + (((g - 1)::bigint * 1461) / $2)::int AS d, ((g::bigint * 7919) % 500000) / 100.0 + 10 AS a FROM generate_series(1, $2) g) s0) s
     JOIN "Customer" c ON c."tenantId" = $1 AND c."seq" = 1 + (s.g % $3)`,
    [tenantId, INVOICES, CUSTOMERS],
  );
  await pg.query(
    `INSERT INTO "InvoiceItem" ("id","tenantId","invoiceId","position","description","amount","qty","taxRate","lineTotal")
     SELECT gen_random_uuid(), $1, i."id", 0, 'Service', i."amount", 1, 0, i."amount" FROM "Invoice" i WHERE i."tenantId" = $1`,
    [tenantId],
  );
  const account = await pg.query<{ id: string }>(`SELECT "id" FROM "Account" WHERE "tenantId" = $1 AND "seq" = 1`, [tenantId]);
  await pg.query(
    `INSERT INTO "Transaction" ("id","tenantId","seq","type","accountId","amount","description","date","createdAt","updatedAt")
     SELECT gen_random_uuid(), $1, g, (CASE WHEN g % 3 = 0 THEN 'expense' ELSE 'income' END)::"TransactionType", $2,
            ((g::bigint * 104729) % 200000) / 100.0 + 1, 'Bench', DATE '2022-01-01' + (((g - 1)::bigint * 1461) / $3)::int, now(), now()
     FROM generate_series(1, $3) g`,
    [tenantId, account.rows[0]!.id, TRANSACTIONS],
  );
  await pg.query(
    `INSERT INTO "TenantCounter" ("tenantId","name","value") VALUES ($1,'invoice',$2),($1,'transaction',$3)
     ON CONFLICT ("tenantId","name") DO UPDATE SET "value" = EXCLUDED."value"`,
    [tenantId, INVOICES, TRANSACTIONS],
  );
  // The bench writes its new invoices in 2026: that year's counter starts empty.
  await pg.query(`ANALYZE "Invoice"; ANALYZE "Transaction"; ANALYZE "InvoiceItem"; ANALYZE "Customer"`);
  console.log(
    `generated ${CUSTOMERS} customers, ${INVOICES} invoices (+items), ${TRANSACTIONS} transactions in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

const REPORT_SQL = `
  WITH money AS (
    SELECT COALESCE(SUM("amount") FILTER (WHERE "type" = 'income'), 0) AS income, COALESCE(SUM("amount") FILTER (WHERE "type" = 'expense'), 0) AS expenses
    FROM "Transaction" WHERE "tenantId" = $1 AND "date" >= $2::date AND "date" < $3::date
  ), open_invoices AS (
    SELECT COALESCE(SUM("amount" - "amountPaid"), 0) AS outstanding FROM "Invoice"
    WHERE "tenantId" = $1 AND "issueDate" >= $2::date AND "issueDate" < $3::date AND "status" IN ('unpaid', 'partially_paid')
  ) SELECT money.income, money.expenses, money.income - money.expenses, open_invoices.outstanding FROM money, open_invoices`;

// The same page as the endpoint: invoices by id with their items and customer number, plus the count.
async function rawInvoicePage(pg: Client, tenantId: string, filter: string, args: unknown[], limit: number, offset: number): Promise<void> {
  const page = await pg.query(
    `SELECT i.*, c."seq" AS customer_seq FROM "Invoice" i JOIN "Customer" c ON c."id" = i."customerId"
     WHERE i."tenantId" = $1 ${filter} ORDER BY i."seq" LIMIT ${limit} OFFSET ${offset}`,
    [tenantId, ...args],
  );
  const ids = page.rows.map((r: { id: string }) => r.id);
  await pg.query(`SELECT * FROM "InvoiceItem" WHERE "invoiceId" = ANY($1::uuid[]) ORDER BY "position"`, [ids]);
  await pg.query(`SELECT count(*) FROM "Invoice" i WHERE i."tenantId" = $1 ${filter}`, [tenantId, ...args]);
}

async function throughput(handler: RouteHandler, call: () => Parameters<typeof callRoute>[1]): Promise<{ rps: number; errors: number; p50: number }> {
  const deadline = performance.now() + SECONDS * 1000;
  let done = 0;
  let errors = 0;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < deadline) {
        const start = performance.now();
        const reply = await callRoute(handler, call());
        latencies.push(performance.now() - start);
        if (reply.status >= 300) errors++;
        done++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { rps: done / SECONDS, errors, p50: latencies[Math.floor(latencies.length / 2)] ?? 0 };
}

/** One creation's body: a random customer, two items whose exact total is 40.28. */
function invoiceBody(): Record<string, unknown> {
  return {
    customer_id: 1 + Math.floor(Math.random() * CUSTOMERS),
    date: `${YEAR}-03-01`,
    items: [
      { description: "Bench", amount: 0.1, qty: 3 },
      { description: "More", amount: "19.99", qty: 2 },
    ],
  };
}

/** The year's INV numbers must be 001…N: count = distinct = highest, every amount exact. */
async function checkNumbering(pg: Client, tenantId: string): Promise<void> {
  const numbers = await pg.query<{ n: number; distinct_n: number; max_n: number; seqs: number; max_seq: number; bad_amounts: number }>(
    `SELECT count(*)::int AS n, count(DISTINCT "number")::int AS distinct_n, max(split_part("number", '-', 3)::int) AS max_n,
            count(DISTINCT "seq")::int AS seqs, max("seq") AS max_seq, count(*) FILTER (WHERE "amount" <> 40.28)::int AS bad_amounts
     FROM "Invoice" WHERE "tenantId" = $1 AND "number" LIKE $2`,
    [tenantId, `INV-${YEAR}-%`],
  );
  const events = await pg.query<{ n: number; matching: number }>(
    `SELECT count(*)::int AS n, count(i."id")::int AS matching FROM "OutboxEvent" e
     LEFT JOIN "Invoice" i ON i."tenantId" = e."tenantId" AND i."seq" = (e."payload"->'data'->>'invoice_id')::int
                          AND i."number" = e."payload"->'data'->>'invoice_number'
     WHERE e."tenantId" = $1 AND e."type" = 'invoice.created'`,
    [tenantId],
  );
  const c = numbers.rows[0]!;
  const e = events.rows[0]!;
  const ok = c.n === c.distinct_n && c.n === c.max_n;
  console.log(
    `numbering after the run: ${c.n} invoices of ${YEAR}, ${c.distinct_n} distinct numbers, highest ${c.max_n} → ${ok ? "no gaps, no repeats" : "GAPS OR REPEATS"}; ` +
      `${c.seqs} distinct ids; amounts ≠ 40.28: ${c.bad_amounts}; invoice.created events ${e.n}, naming their invoice's id and number: ${e.matching}`,
  );
}

/** BENCH_URL mode: autocannon against a running server, ping and creation alternated. */
async function httpCreation(pg: Client): Promise<void> {
  const clientId = `bench-${Date.now().toString(36)}`;
  const tenant = await createTenant({ clientId, name: "Suite bench (HTTP)", plan: "enterprise" });
  const { key } = await createApiKey(systemContext(tenant.id, "bench"), { name: "bench", scopes: ["*"] });
  await generateCustomers(pg, tenant.id);
  // The suite's 1000/hour would stop the run: raise this workspace's limit the operator's way.
  execFileSync("npm", ["run", "--silent", "tenant:limits", "--", "--client-id", clientId, "--rule", "suite", "--points", "100000000"], { stdio: "inherit" });
  const measure = (options: autocannon.Options) =>
    new Promise<autocannon.Result>((resolve, reject) =>
      autocannon({ connections: CLIENTS, duration: SECONDS, ...options }, (error, result) => (error ? reject(error) : resolve(result))),
    );
  const ping = { url: `${BENCH_URL}/api/test/ping` };
  const create = {
    url: `${BENCH_URL}/api/v2/invoices`,
    requests: [
      {
        method: "POST" as const,
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        setupRequest: (request: autocannon.Request) => ({ ...request, body: JSON.stringify(invoiceBody()) }),
      },
    ],
  };
  await measure({ ...ping, duration: 2 }); // warm-ups
  await measure({ ...create, duration: 2 });
  const line = (name: string, r: autocannon.Result) =>
    `${name.padEnd(22)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  non-2xx ${r.non2xx}  errors ${r.errors}`;
  console.log(`${CLIENTS} connections, ${SECONDS} s each, ${BENCH_URL}`);
  for (let round = 1; round <= ROUNDS; round++) {
    const bare = await measure(ping);
    console.log(line(`GET /api/test/ping`, bare));
    const made = await measure(create);
    console.log(line(`POST /api/v2/invoices`, made));
    console.log(`round ${round}: invoices / ping ${((made.requests.average / bare.requests.average) * 100).toFixed(0)}% (target ≥ 50%)`);
  }
  await new Promise((resolve) => setTimeout(resolve, 2_000)); // requests still in flight when autocannon stopped
  await checkNumbering(pg, tenant.id);
}

/** LOCK_CHECK mode: one workspace's creations vs the same load over CLIENTS workspaces. */
async function lockCheck(): Promise<void> {
  const stamp = Date.now().toString(36);
  const targets: { ctx: CrmContext; customer: string }[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const tenant = await createTenant({ clientId: `bench-lock-${stamp}-${i}`, name: "Suite bench (lock check)", plan: "enterprise" });
    const ctx = systemContext(tenant.id, "bench");
    targets.push({ ctx, customer: (await createCustomer(ctx, { name: "Bench customer" })).id });
  }
  const items = [
    { description: "Bench", amount: "0.10", qty: "3" },
    { description: "More", amount: "19.99", qty: "2" },
  ];
  const rate = async (spread: typeof targets, seconds = SECONDS): Promise<number> => {
    const deadline = performance.now() + seconds * 1000;
    let done = 0;
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, i) => {
        const { ctx, customer } = spread[i % spread.length]!;
        while (performance.now() < deadline) {
          await createInvoice(ctx, { customer: { id: customer }, issueDate: `${YEAR}-03-01`, items });
          done++;
        }
      }),
    );
    return done / seconds;
  };
  await rate(targets, 3); // warm-up (query plans, JIT)
  for (let round = 1; round <= ROUNDS; round++) {
    const one = await rate(targets.slice(0, 1));
    const many = await rate(targets);
    console.log(
      `round ${round}: ${CLIENTS} clients in one workspace ${one.toFixed(1)} invoices/s · over ${CLIENTS} workspaces ${many.toFixed(1)} invoices/s (${((one / many) * 100).toFixed(0)}%)`,
    );
  }
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url?.startsWith("postgres")) throw new Error("Set DATABASE_URL to a PostgreSQL database of the bench's own");
  const pg = new Client({ connectionString: url });
  await pg.connect();
  if (BENCH_URL || process.env.LOCK_CHECK) {
    await (BENCH_URL ? httpCreation(pg) : lockCheck());
    await pg.end();
    await closeDb();
    return;
  }
  const tenant = await createTenant({ clientId: `bench-${Date.now().toString(36)}`, name: "Suite bench", plan: "enterprise" });
  const ctx = systemContext(tenant.id, "bench");
  const { key } = await createApiKey(ctx, { name: "bench", scopes: ["*"] });
  await generate(pg, tenant.id);
  // The suite's default limit (1000/hour) would stop the bench: count requests under a fresh key per measurement.
  const keys = async () => ({ Authorization: `Bearer ${(await createApiKey(ctx, { name: "bench", scopes: ["*"] })).key}` });
  void key;

  const rows: [string, number, number][] = [];
  const compare = async (label: string, path: string, raw: () => Promise<unknown>, handler: RouteHandler) => {
    const headers = await keys();
    const api = await median(async () => {
      const reply = await callRoute(handler, { path, headers });
      if (reply.status !== 200) throw new Error(`${path} answered ${reply.status}: ${reply.text.slice(0, 200)}`);
    });
    const sql = await median(raw);
    rows.push([label, api, sql]);
    console.log(`${label.padEnd(44)} endpoint ${api.toFixed(1).padStart(7)} ms   raw SQL ${sql.toFixed(1).padStart(7)} ms   ratio ${(api / sql).toFixed(2)}`);
  };
  await compare(
    "reports/financial year=2024",
    "/api/v2/reports/financial?year=2024",
    () => pg.query(REPORT_SQL, [tenant.id, "2024-01-01", "2025-01-01"]),
    suite.financialReport.handler,
  );
  await compare(
    "reports/financial year=2024&month=6",
    "/api/v2/reports/financial?year=2024&month=6",
    () => pg.query(REPORT_SQL, [tenant.id, "2024-06-01", "2024-07-01"]),
    suite.financialReport.handler,
  );
  const statusFilter = `AND i."status" = $2::"InvoiceStatus"`;
  await compare(
    "invoices?status=Paid page 1",
    "/api/v2/invoices?status=Paid&limit=20",
    () => rawInvoicePage(pg, tenant.id, statusFilter, ["paid"], 20, 0),
    suite.listInvoices.handler,
  );
  const deepStatus = Math.floor(INVOICES / 3 / 20 / 2);
  await compare(
    `invoices?status=Paid page ${deepStatus}`,
    `/api/v2/invoices?status=Paid&limit=20&page=${deepStatus}`,
    () => rawInvoicePage(pg, tenant.id, statusFilter, ["paid"], 20, (deepStatus - 1) * 20),
    suite.listInvoices.handler,
  );
  const dateFilter = `AND i."issueDate" >= $2::date AND i."issueDate" <= $3::date`;
  await compare(
    "invoices?date_from=2024-01-01&date_to=2024-03-31 p1",
    "/api/v2/invoices?date_from=2024-01-01&date_to=2024-03-31&limit=20",
    () => rawInvoicePage(pg, tenant.id, dateFilter, ["2024-01-01", "2024-03-31"], 20, 0),
    suite.listInvoices.handler,
  );
  const deepDate = Math.floor(INVOICES / 16 / 20 / 2);
  await compare(
    `invoices?date_from…date_to page ${deepDate}`,
    `/api/v2/invoices?date_from=2024-01-01&date_to=2024-03-31&limit=20&page=${deepDate}`,
    () => rawInvoicePage(pg, tenant.id, dateFilter, ["2024-01-01", "2024-03-31"], 20, (deepDate - 1) * 20),
    suite.listInvoices.handler,
  );

  // Creation throughput vs a bare handler, CLIENTS at a time.
  const bare: RouteHandler = async () => Response.json({ ok: true });
  const bareRun = await throughput(bare, () => ({ path: "/api/test/ping" }));
  // Creation at hundreds a second would pass the workspace's hourly suite limit within the run: raise it.
  execFileSync("npm", ["run", "--silent", "tenant:limits", "--", "--client-id", tenant.clientId, "--rule", "suite", "--points", "100000000"], {
    stdio: "inherit",
  });
  const headers = await keys();
  const createRun = await throughput(suite.createInvoice.handler, () => ({ path: "/api/v2/invoices", headers, body: invoiceBody() }));
  console.log(
    `bare handler: ${bareRun.rps.toFixed(0)} req/s (p50 ${bareRun.p50.toFixed(1)} ms) · POST /api/v2/invoices: ${createRun.rps.toFixed(0)} req/s (p50 ${createRun.p50.toFixed(1)} ms, ${createRun.errors} errors) with ${CLIENTS} clients`,
  );
  await checkNumbering(pg, tenant.id);
  await pg.end();
  await closeDb();
}

main().catch(async (error: unknown) => {
  console.error(error);
  await closeDb();
  process.exit(1);
});
