import { describe, expect, it } from "vitest";
import { ribbon } from "@/lib/dialects";
import { getDb } from "@/lib/db/client";
import { usageMonth } from "@/lib/crm/tenants/usage";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { TEST_ADMIN_KEY } from "@/lib/testing/test-secrets";

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
      expect((await call({ "X-API-Key": TEST_ADMIN_KEY })).status).toBe(401);
    } finally {
      process.env.ADMIN_API_KEY = saved;
    }
  });

  it("lists every tenant with usage and a key prefix", async () => {
    const tenant = await createTestTenant({ plan: "enterprise", monthlyCallLimit: 10000 });
    const reply = await call({ Authorization: `Bearer ${TEST_ADMIN_KEY}` });
    expect(reply.status).toBe(200);
    const row = (reply.json as { clientId: string }[]).find((c) => c.clientId === tenant.clientId);
    expect(row).toEqual({
      clientId: tenant.clientId,
      name: `Test ${tenant.clientId}`,
      plan: "enterprise",
      callsThisMonth: 0,
      limit: 10000,
      apiKey: `${tenant.key.slice(0, 10)}...`,
    });
  });
});

describe("ribbon: POST /api/ribbon/init", () => {
  const init = (body: unknown) => callRoute(ribbon.init.handler, { path: "/api/ribbon/init", body });

  it("authenticates by the body's apiKey and returns the decrypted telephony credentials", async () => {
    const tenant = await createTestTenant({
      plan: "trial",
      monthlyCallLimit: 100,
      allowedDomains: ["yourcrm.com"],
      telephony: { token: "tok-123", userId: "user-456" },
    });
    const db = await getDb();
    await db.tenantUsage.create({ data: { tenantId: tenant.id, month: usageMonth(), calls: 5 } });
    const stored = await db.tenant.findUniqueOrThrow({ where: { id: tenant.id } });
    expect(stored.telephonyTokenEnc).not.toContain("tok-123");
    const reply = await init({ apiKey: tenant.key, domain: "app.yourcrm.com" });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({
      exotelToken: "tok-123",
      userId: "user-456",
      features: ["call", "mute", "hold", "dtmf"],
      clientInfo: { name: `Test ${tenant.clientId}`, plan: "trial", remainingCalls: 95 },
    });
  });

  it("answers the seed's 401, 403 and 429, and 400 for a missing domain", async () => {
    const tenant = await createTestTenant({ monthlyCallLimit: 3, allowedDomains: ["yourcrm.com"] });
    expect((await init({ apiKey: "wrong", domain: "yourcrm.com" })).json).toEqual({ error: "Invalid API key" });
    expect((await init({ domain: "yourcrm.com" })).status).toBe(401);
    const header = await callRoute(ribbon.init.handler, { path: "/api/ribbon/init", headers: { "X-API-Key": tenant.key }, body: { domain: "yourcrm.com" } });
    expect(header.status).toBe(401); // POST takes the key from the body, as the seed says
    const forbidden = await init({ apiKey: tenant.key, domain: "evil-yourcrm.com" });
    expect(forbidden.status).toBe(403);
    expect(forbidden.json).toEqual({ error: "Domain not allowed" });
    const missing = await init({ apiKey: tenant.key });
    expect(missing.status).toBe(400);
    expect(missing.json.error).toContain("domain");
    const db = await getDb();
    await db.tenantUsage.create({ data: { tenantId: tenant.id, month: usageMonth(), calls: 3 } });
    const limited = await init({ apiKey: tenant.key, domain: "yourcrm.com" });
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({ error: "Monthly call limit exceeded" });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
