import { describe, expect, it } from "vitest";
import { ribbon } from "@/lib/dialects";
import { getDb } from "@/lib/db/client";
import { usageMonth } from "@/lib/crm/tenants/usage";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";

describe("ribbon: GET /api/ribbon/config", () => {
  it("answers the key's plan, features and this month's usage", async () => {
    const tenant = await createTestTenant({ plan: "trial", monthlyCallLimit: 100 });
    const db = await getDb();
    await db.tenantUsage.create({ data: { tenantId: tenant.id, month: usageMonth(), calls: 25 } });
    await db.tenantUsage.create({ data: { tenantId: tenant.id, month: "2001-01", calls: 99 } });
    const reply = await callRoute(ribbon.config.handler, { path: "/api/ribbon/config", headers: { "X-API-Key": tenant.key } });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ features: ["call", "mute", "hold", "dtmf"], plan: "trial", usage: { callsThisMonth: 25, limit: 100, remaining: 75 } });
  });
});

describe("ribbon: GET /api/admin/clients", () => {
  const call = (headers: Record<string, string>) => callRoute(ribbon.adminClients.handler, { path: "/api/admin/clients", headers });

  it("needs the platform admin credential; a tenant key is not one", async () => {
    const tenant = await createTestTenant();
    expect((await call({})).status).toBe(401);
    expect((await call({ "X-API-Key": tenant.key })).json).toEqual({ error: "Invalid API key" });
    expect((await call({ "X-API-Key": "wrong" })).status).toBe(401);
  });

  it("answers 401 to everyone when ADMIN_API_KEY is not set", async () => {
    const saved = process.env.ADMIN_API_KEY;
    delete process.env.ADMIN_API_KEY;
    try {
      expect((await call({ "X-API-Key": "" })).status).toBe(401);
      expect((await call({ "X-API-Key": "test-admin-key" })).status).toBe(401);
    } finally {
      process.env.ADMIN_API_KEY = saved;
    }
  });

  it("lists every tenant with usage and a key prefix", async () => {
    const tenant = await createTestTenant({ plan: "enterprise", monthlyCallLimit: 10000 });
    const reply = await call({ Authorization: "Bearer test-admin-key" });
    expect(reply.status).toBe(200);
    const row = (reply.json as { clientId: string }[]).find((c) => c.clientId === tenant.clientId);
    expect(row).toEqual({ clientId: tenant.clientId, name: `Test ${tenant.clientId}`, plan: "enterprise", callsThisMonth: 0, limit: 10000, apiKey: `${tenant.key.slice(0, 10)}...` });
  });
});
