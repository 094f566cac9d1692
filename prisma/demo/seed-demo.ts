import { createApiKey } from "@/lib/crm/api-keys/create-api-key";
import { systemContext } from "@/lib/crm/context";
import { createTenant } from "@/lib/crm/tenants/create-tenant";
import { createUser } from "@/lib/crm/users/create-user";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { seedDialler } from "./seed-dialler";
import { seedInsights } from "./seed-insights";
import { seedMoney } from "./seed-money";
import { seedCustomerStories } from "./seed-customers";
import { seedTenantData } from "./seed-tenant-data";
import { seedDemoWebhook } from "./seed-webhooks";

/** The demo sign-in password, for demo users only (README). */
export const DEMO_PASSWORD = "relay-demo-2026";

/** The seeds' demo keys: these fixed secrets exist only in demo data. */
export const DEMO_KEYS = { demo: "demo-api-key-789", collections: "collections-api-key-456" } as const;

const DEMO_USERS: { name: string; email: string; role: Role }[] = [
  { name: "Ada Admin", email: "admin@demo.relaycrm.test", role: "admin" },
  { name: "Max Manager", email: "manager@demo.relaycrm.test", role: "manager" },
  { name: "Rita Rep", email: "rep@demo.relaycrm.test", role: "rep" },
  // A second rep: her leads are the ones Rita must not see (the role rules).
  { name: "Sam Seller", email: "rep2@demo.relaycrm.test", role: "rep" },
  { name: "Ana Analyst", email: "analyst@demo.relaycrm.test", role: "analyst" },
];

export type SeedOutcome = "seeded" | "already-present";

/** Demo tenants with users, keys and a few hundred records each. Does nothing when they exist. */
export async function seedDemo(log: (line: string) => void = console.log): Promise<SeedOutcome> {
  const db = await getDb();
  if (await db.tenant.findUnique({ where: { clientId: "client-demo" }, select: { id: true } })) return "already-present";

  const demo = await createTenant({
    clientId: "client-demo",
    name: "Demo Client",
    plan: "trial",
    monthlyCallLimit: 100,
    allowedDomains: ["yourcrm.com", "localhost"],
    telephony: { token: "9875596a6e1be7bfaa865f43a028ec40f980e57fdeb4de8c", userId: "f6e23a8c3ce28cda4a76bce715dd714e1d138183f58179df" },
  });
  const collections = await createTenant({
    clientId: "client-001",
    name: "Collections CRM Inc.",
    plan: "enterprise",
    monthlyCallLimit: 10000,
    allowedDomains: ["collectionscrm.com", "localhost"],
    telephony: { token: "collections-telephony-token", userId: "collections-telephony-user" },
  });

  const demoCtx = systemContext(demo.id, "demo-seed");
  const demoUserIds: string[] = [];
  for (const user of DEMO_USERS) demoUserIds.push((await createUser(demoCtx, { ...user, password: DEMO_PASSWORD })).id);
  const collectionsCtx = systemContext(collections.id, "demo-seed");
  const collectionsAdmin = await createUser(collectionsCtx, {
    name: "Cole Admin",
    email: "admin@collections.relaycrm.test",
    password: DEMO_PASSWORD,
    role: "admin",
  });

  await createApiKey(demoCtx, { name: "Demo key (ribbon seed)", scopes: ["*"], key: DEMO_KEYS.demo });
  await createApiKey(collectionsCtx, { name: "Collections key (ribbon seed)", scopes: ["*"], key: DEMO_KEYS.collections });

  log("Seeding demo records (Demo Client)…");
  await seedTenantData(db, demo.id, demoUserIds.slice(0, 4), { leads: 320, customers: 60, orders: 80, invoices: 40, calls: 60, country: "uk" }, 20261123);
  await seedDemoWebhook(db, demo.id);
  await seedDialler(db, demo.id, 20261125);
  await seedInsights(db, demo.id, new Date());
  await seedMoney(db, demo.id, demoUserIds, 20261125);
  await seedCustomerStories(db, demo.id, { admin: demoUserIds[0]!, manager: demoUserIds[1]!, rep: demoUserIds[2]! });
  log("Seeding demo records (Collections CRM Inc.)…");
  await seedTenantData(db, collections.id, [collectionsAdmin.id], { leads: 120, customers: 40, orders: 30, invoices: 20, calls: 300, country: "in" }, 7);

  log("");
  log("Demo data ready.");
  log(`  Sign in at /login as ${DEMO_USERS.map((u) => `${u.email} (${u.role})`).join(", ")}`);
  log(`  Password for every demo user: ${DEMO_PASSWORD}`);
  log(`  API keys: ${DEMO_KEYS.demo} (Demo Client), ${DEMO_KEYS.collections} (Collections CRM Inc.)`);
  return "seeded";
}
