// npm run bench:data -- --leads 1000000 [--client-id bench-data] [--customers N] [--interactions N] [--orders N]
// Creates (or refills) tenant <client-id> with three users, two campaigns and the rows asked, then prints an API key.
import pg from "pg";
import { createApiKey } from "@/lib/crm/api-keys/create-api-key";
import { systemContext } from "@/lib/crm/context";
import { createTenant } from "@/lib/crm/tenants/create-tenant";
import { createUser } from "@/lib/crm/users/create-user";
import { closeDb, getDb } from "@/lib/db/client";
import { fillCustomers, fillInteractions, fillLeads, fillOrders } from "./generate";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const leads = Number(arg("leads", "100000"));
const customers = Number(arg("customers", String(Math.floor(leads / 10))));
const interactions = Number(arg("interactions", String(Math.floor(leads / 2))));
const orders = Number(arg("orders", String(Math.floor(leads / 5))));
const clientId = arg("client-id", `bench-data-${leads}`);
const url = process.env.DATABASE_URL;
if (!url?.startsWith("postgres")) throw new Error("Set DATABASE_URL to a PostgreSQL database");

const db = await getDb();
const existing = await db.tenant.findUnique({ where: { clientId } });
if (existing) await db.tenant.delete({ where: { id: existing.id } });
const tenant = await createTenant({ clientId, name: `Bench ${clientId}` });
const ctx = systemContext(tenant.id, "bench");
const userIds: string[] = [];
for (const name of ["Rep One", "Rep Two", "Rep Three"]) {
  userIds.push((await createUser(ctx, { name, email: `${name.replace(/ /g, ".").toLowerCase()}@${clientId}.example`, password: "bench password 1" })).id);
}
const campaignIds = [];
for (let i = 1; i <= 2; i++) campaignIds.push((await db.campaign.create({ data: { tenantId: tenant.id, seq: i, name: `Campaign ${i}` } })).id);
const { key } = await createApiKey(ctx, { name: "bench", scopes: ["*"] });

const client = new pg.Client({ connectionString: url });
await client.connect();
const t = { tenantId: tenant.id, userIds, campaignIds };
const step = async (label: string, fn: () => Promise<void>) => {
  const start = performance.now();
  await fn();
  console.log(`${label}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
};
await step(`${leads} leads`, () => fillLeads(client, t, leads));
await step(`${customers} customers`, () => fillCustomers(client, t, customers));
await step(`${interactions} interactions`, () => fillInteractions(client, t, interactions, leads));
await step(`${orders} orders`, () => fillOrders(client, t, orders, Math.max(customers, 1)));
await step("ANALYZE", async () => void (await client.query(`ANALYZE "Lead"; ANALYZE "Customer"; ANALYZE "Interaction"; ANALYZE "Order"`)));
await client.end();
console.log(JSON.stringify({ clientId, tenantId: tenant.id, key }));
await closeDb();
