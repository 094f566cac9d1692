// npm run bench:reports: GET /dev/crm/reports/leads and /reports/customers on
// a big tenant, next to the very same SQL statements run raw with the `pg`
// driver (what psql would run). Target: each endpoint within 1.5x of its raw SQL.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/crm_bench npm run bench:reports -- --leads 1000000
//   … -- --client-id <tenant>     time an existing tenant (e.g. one filled by the shared data generator)
//   … -- --runs 7                 timed runs per side (after one warm-up each)
//
// Without --client-id it fills (once; re-runs reuse it) a tenant `bench-reports-<leads>` with SQL
// generate_series: <leads> leads over two years (all statuses, sources, three owners, conversions),
// leads/10 customers with as many interactions, leads/5 orders. The endpoint is called in-process
// through its route handler (key lookup, rate limit, validation, domain, JSON, response check), so
// the difference to raw SQL is our code's overhead, not Next's HTTP layer.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { createApiKey } from "@/lib/crm/api-keys/create-api-key";
import { systemContext } from "@/lib/crm/context";
import { customerReportSql } from "@/lib/crm/reports/customer-report";
import { leadReportSql } from "@/lib/crm/reports/lead-report";
import { createTenant } from "@/lib/crm/tenants/create-tenant";
import { closeDb, getDb } from "@/lib/db/client";
import { migrateDeploy } from "@/lib/db/migrate-deploy";
import { crm } from "@/lib/dialects";
import type { Prisma } from "@/lib/db/generated/client";

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const leads = Number(arg("leads") ?? 1_000_000);
const runs = Number(arg("runs") ?? 7);
const url = process.env.DATABASE_URL;
if (!url?.startsWith("postgres")) throw new Error("Set DATABASE_URL to a PostgreSQL database for the benchmark");

/** A deterministic, well-formed (version 4, RFC variant) UUID from a text: customers are addressed by number. */
const uuidOf = (text: string) => `(substr(md5(${text}), 1, 12) || '4' || substr(md5(${text}), 14, 3) || '8' || substr(md5(${text}), 18, 15))::uuid`;

async function fill(client: pg.Client, tenantId: string, userIds: string[]): Promise<void> {
  const customers = Math.max(1, Math.floor(leads / 10));
  const orders = Math.floor(leads / 5);
  const t0 = performance.now();
  const users = `ARRAY[${userIds.map((id) => `'${id}'::uuid`).join(",")}, NULL]`;
  await client.query(
    `INSERT INTO "Lead" (id, "tenantId", seq, name, email, status, source, score, "assignedToId", "createdAt", "updatedAt", "convertedAt")
     SELECT gen_random_uuid(), $1::uuid, g, 'Bench Lead ' || g, 'lead' || g || '@bench.example',
       (ARRAY['new','contacted','qualified','proposal','negotiation','converted','lost','won'])[1 + g % 8]::"LeadStatus",
       (ARRAY['website','social','referral','email','phone','campaign','direct','other'])[1 + (g / 8) % 8]::"LeadSource",
       g % 101, (${users})[1 + g % 4], c, c, CASE WHEN g % 8 IN (5, 7) THEN c + (g % 30) * interval '1 day' END
     FROM generate_series(1, $2::int) g, LATERAL (SELECT now() - (g % 730) * interval '1 day' - (g % 86400) * interval '1 second' AS c) t`,
    [tenantId, leads],
  );
  console.log(`  ${leads} leads in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  await client.query(
    `INSERT INTO "Customer" (id, "tenantId", seq, name, email, type, status, "createdAt", "updatedAt")
     SELECT ${uuidOf("$1 || ':c:' || g")}, $1::uuid, g, 'Bench Customer ' || g, 'customer' || g || '@bench.example',
       (CASE WHEN g % 3 = 0 THEN 'individual' ELSE 'business' END)::"CustomerType",
       (CASE WHEN g % 20 = 0 THEN 'inactive' WHEN g % 97 = 0 THEN 'blocked' ELSE 'active' END)::"CustomerStatus",
       now() - (g % 700) * interval '1 day', now()
     FROM generate_series(1, $2::int) g`,
    [tenantId, customers],
  );
  await client.query(
    `INSERT INTO "Interaction" (id, "tenantId", "customerId", type, subject, "occurredAt", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), $1::uuid, ${uuidOf("$1 || ':c:' || (1 + g % $2::int)")}, 'call', 'Check-in', now() - (g % 200) * interval '1 day', now(), now()
     FROM generate_series(1, $2::int) g`,
    [tenantId, customers],
  );
  const product = await client.query<{ id: string }>(
    `INSERT INTO "Product" (id, "tenantId", seq, name, price, "updatedAt") VALUES (gen_random_uuid(), $1::uuid, 1, 'Bench plan', 49.90, now()) RETURNING id`,
    [tenantId],
  );
  await client.query(
    `INSERT INTO "Order" (id, "tenantId", seq, "customerId", "productId", quantity, "unitPrice", total, status, "orderDate", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), $1::uuid, g, ${uuidOf("$1 || ':c:' || (1 + (g * 7) % $3::int)")}, $4::uuid, 1 + g % 5, 49.90, 49.90 * (1 + g % 5),
       (ARRAY['pending','processing','shipped','delivered','cancelled'])[1 + g % 5]::"OrderStatus", now() - (g % 400) * interval '1 day', now(), now()
     FROM generate_series(1, $2::int) g`,
    [tenantId, orders, customers, product.rows[0]!.id],
  );
  await client.query(`ANALYZE "Lead"; ANALYZE "Customer"; ANALYZE "Interaction"; ANALYZE "Order"`);
  console.log(`  + ${customers} customers, ${customers} interactions, ${orders} orders; total ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

async function tenantFor(client: pg.Client): Promise<string> {
  const clientId = arg("client-id") ?? `bench-reports-${leads}`;
  const db = await getDb();
  const existing = await db.tenant.findUnique({ where: { clientId }, select: { id: true } });
  if (existing) return existing.id;
  if (arg("client-id")) throw new Error(`No tenant ${clientId}`);
  console.log(`Filling tenant ${clientId} (once; later runs reuse it)…`);
  const tenant = await createTenant({ clientId, name: `Bench ${leads} leads` });
  const userIds: string[] = [];
  for (let i = 1; i <= 3; i++) {
    const row = await client.query<{ id: string }>(
      `INSERT INTO "User" (id, "tenantId", seq, email, name, "passwordHash", role, "updatedAt") VALUES (gen_random_uuid(), $1::uuid, $2, $3, $4, 'x', 'rep', now()) RETURNING id`,
      [tenant.id, i, `rep${i}-${clientId}@bench.example`, `Rep ${i}`],
    );
    userIds.push(row.rows[0]!.id);
  }
  await fill(client, tenant.id, userIds);
  return tenant.id;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timeEndpoint(
  handler: (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>,
  path: string,
  key: string,
): Promise<number> {
  const t = performance.now();
  const response = await handler(new Request(`http://bench${path}`, { headers: { Authorization: `Bearer ${key}` } }), { params: Promise.resolve({}) });
  await response.text();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return performance.now() - t;
}

async function timeRaw(client: pg.Client, statements: Prisma.Sql[]): Promise<number> {
  const t = performance.now();
  for (const statement of statements) await client.query(statement.text, statement.values as unknown[]);
  return performance.now() - t;
}

async function main(): Promise<void> {
  console.log("Applying migrations…");
  await migrateDeploy(url, { quiet: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const tenantId = await tenantFor(client);
  const { key } = await createApiKey(systemContext(tenantId, "bench"), { name: "bench reports", scopes: ["read:analytics"] });
  const [{ n }] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Lead" WHERE "tenantId" = $1`, [tenantId])).rows as [{ n: number }];
  console.log(`Tenant has ${n} leads. ${runs} timed runs per side, after one warm-up; endpoint and raw runs alternate.\n`);

  const cases = [
    { name: "GET /dev/crm/reports/leads", handler: crm.leadReport.handler, path: "/dev/crm/reports/leads", sql: () => [leadReportSql(tenantId, {})] },
    {
      name: "GET /dev/crm/reports/customers",
      handler: crm.customerReport.handler,
      path: "/dev/crm/reports/customers",
      sql: () => Object.values(customerReportSql(tenantId, {}, new Date())),
    },
    {
      name: "GET /dev/crm/reports/leads?date_from (last 90 days)",
      handler: crm.leadReport.handler,
      path: `/dev/crm/reports/leads?date_from=${new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10)}`,
      sql: () => [leadReportSql(tenantId, { from: new Date(`${new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z`) })],
    },
  ];
  for (const c of cases) {
    await timeEndpoint(c.handler, c.path, key);
    await timeRaw(client, c.sql());
    const endpoint: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < runs; i++) {
      endpoint.push(await timeEndpoint(c.handler, c.path, key));
      raw.push(await timeRaw(client, c.sql()));
    }
    const ratio = median(endpoint) / median(raw);
    console.log(
      `${c.name}\n  endpoint p50 ${median(endpoint).toFixed(0)} ms (min ${Math.min(...endpoint).toFixed(0)}, max ${Math.max(...endpoint).toFixed(0)})` +
        `\n  raw SQL  p50 ${median(raw).toFixed(0)} ms (min ${Math.min(...raw).toFixed(0)}, max ${Math.max(...raw).toFixed(0)})\n  ratio ${ratio.toFixed(2)} (target ≤ 1.5)\n`,
    );
  }
  await client.end();
  await closeDb();
}

main().catch(async (error) => {
  console.error(error);
  await closeDb();
  process.exit(1);
});
