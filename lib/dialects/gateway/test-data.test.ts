import { afterEach, describe, expect, it } from "vitest";
import { gateway } from "@/lib/dialects";
import { getDb } from "@/lib/db/client";
import { createLead } from "@/lib/crm/leads/create-lead";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";

const generate = (tenant: TestTenant, body: unknown) =>
  callRoute(gateway.generateLeads.handler, { path: "/api/test/generate-leads", headers: { "X-API-Key": tenant.key }, body });
const mock = (tenant: TestTenant) => callRoute(gateway.mockAnalytics.handler, { path: "/api/test/mock-analytics", headers: { "X-API-Key": tenant.key } });
const clear = (tenant: TestTenant) =>
  callRoute(gateway.clearLeads.handler, { method: "DELETE", path: "/api/test/leads", headers: { "X-API-Key": tenant.key } });

afterEach(() => {
  delete process.env.GATEWAY_TEST_ENDPOINTS;
});

describe("gateway test endpoints", () => {
  it("generates realistic leads marked as test data, which analytics count and clearing removes", async () => {
    const tenant = await createTestTenant({ plan: "trial" });
    const real = await createLead(tenant.ctx, { name: "Real Lead", email: "real@example.com", source: "website" });
    const reply = await generate(tenant, { count: 25, source: "referral" });
    expect(reply.status).toBe(201);
    expect(reply.json).toMatchObject({ generated: 25, source: "referral", test_data: true, message: "25 test leads generated" });
    expect(reply.json.lead_ids).toHaveLength(25);

    const db = await getDb();
    const leads = await db.lead.findMany({ where: { tenantId: tenant.id, isTestData: true } });
    expect(leads).toHaveLength(25);
    for (const lead of leads) {
      expect(lead.source).toBe("referral");
      expect(lead.name).toMatch(/^\p{L}+ \p{L}+$/u);
      expect(lead.email).toMatch(/^[a-z.]+\.\d+@[a-z]+\.example$/);
      expect(lead.company).toBeTruthy();
      expect(Date.now() - lead.createdAt.getTime()).toBeLessThan(31 * 86_400_000);
    }
    expect(new Set(leads.map((l) => l.seq)).size).toBe(25);
    // No webhook flood.
    expect(await db.outboxEvent.count({ where: { tenantId: tenant.id, type: "lead.created" } })).toBe(1);

    const analytics = await callRoute(gateway.leadAnalytics.handler, { path: "/api/analytics/leads", headers: { "X-API-Key": tenant.key } });
    expect(analytics.json.total_leads).toBe(26);

    const cleared = await clear(tenant);
    expect(cleared.json).toEqual({ deleted: 25 });
    expect(await db.lead.findMany({ where: { tenantId: tenant.id }, select: { id: true } })).toEqual([{ id: real.id }]);
  });

  it("validates count 1-1000 and the source", async () => {
    const tenant = await createTestTenant({ plan: "trial" });
    for (const body of [{ count: 0 }, { count: 1001 }, { count: 2.5 }, { count: "ten" }, {}]) {
      const reply = await generate(tenant, body);
      expect(reply.status).toBe(422);
      expect(reply.json.error.details[0].field).toBe("count");
    }
    const source = await generate(tenant, { count: 1, source: "fax" });
    expect(source.json.error.details).toEqual([{ field: "source", message: "Source must be one of website, social, referral, email, phone" }]);
  });

  it("generates the maximum of 1000 in one request", async () => {
    const tenant = await createTestTenant({ plan: "trial" });
    const reply = await generate(tenant, { count: 1000 });
    expect(reply.status).toBe(201);
    const db = await getDb();
    expect(await db.lead.count({ where: { tenantId: tenant.id, isTestData: true } })).toBe(1000);
  });

  it("answers exactly the seed's mock analytics", async () => {
    const tenant = await createTestTenant({ plan: "trial" });
    const reply = await mock(tenant);
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ total_leads: 1000, conversion_rate: 0.12, leads_by_source: { website: 600, social: 250, referral: 150 } });
  });

  it("refuses workspaces on a paid plan with 403, unless the configuration enables test endpoints", async () => {
    const tenant = await createTestTenant({ plan: "professional" });
    for (const reply of [await generate(tenant, { count: 1 }), await mock(tenant), await clear(tenant)]) {
      expect(reply.status).toBe(403);
      expect(reply.json.error.code).toBe("FORBIDDEN");
    }
    const db = await getDb();
    expect(await db.lead.count({ where: { tenantId: tenant.id } })).toBe(0);
    process.env.GATEWAY_TEST_ENDPOINTS = "1";
    expect((await generate(tenant, { count: 2 })).status).toBe(201);
    expect((await mock(tenant)).status).toBe(200);
  });
});
