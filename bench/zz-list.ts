import pg from "pg";
import { closeDb } from "@/lib/db/client";
import { crm } from "@/lib/dialects";
const key = process.argv[2]!;
const client = new pg.Client({ connectionString: process.env.DATABASE_URL }); await client.connect();
const stat = async () => (await client.query(`select xact_commit::int + xact_rollback::int as x from pg_stat_database where datname = current_database()`)).rows[0].x as number;
async function cpu(label: string, n: number, path: string) {
  const fn = async () => { const r = await crm.listLeads.handler(new Request(`http://localhost${path}`, { headers: { authorization: `Bearer ${key}` } }), { params: Promise.resolve({}) }); if (r.status !== 200) throw new Error(String(r.status)); await r.arrayBuffer(); };
  for (let i = 0; i < 30; i++) await fn();
  const x0 = await stat();
  const c0 = process.cpuUsage(); const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn();
  const c = process.cpuUsage(c0); const wall = (performance.now() - t0) / n;
  const x = (await stat()) - x0 - 1;
  console.log(`${label.padEnd(30)} CPU ${((c.user + c.system) / 1000 / n).toFixed(3)} ms, wall ${wall.toFixed(3)} ms, queries/request ${(x / n).toFixed(2)}`);
}
await cpu("first page", 1500, "/dev/crm/leads");
await cpu("filtered", 200, "/dev/crm/leads?status=qualified&source=referral");
await cpu("search okafor", 100, "/dev/crm/leads?search=okafor");
await cpu("search globex 42", 50, "/dev/crm/leads?search=globex%2042");
await client.end(); await closeDb();
