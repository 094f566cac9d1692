import { closeDb } from "@/lib/db/client";
import { crm } from "@/lib/dialects";
const key = process.argv[2]!;
async function cpu(label: string, n: number, path: string) {
  const fn = async () => { const r = await crm.listLeads.handler(new Request(`http://localhost${path}`, { headers: { authorization: `Bearer ${key}` } }), { params: Promise.resolve({}) }); if (r.status !== 200) throw new Error(String(r.status)); await r.arrayBuffer(); };
  for (let i = 0; i < 30; i++) await fn();
  const c0 = process.cpuUsage(); const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn();
  const c = process.cpuUsage(c0); const wall = (performance.now() - t0) / n;
  console.log(`${label.padEnd(30)} CPU ${((c.user + c.system) / 1000 / n).toFixed(3)} ms, wall ${wall.toFixed(3)} ms`);
}
await cpu("first page", Number(process.argv[3] ?? 300), "/dev/crm/leads");
await closeDb();
