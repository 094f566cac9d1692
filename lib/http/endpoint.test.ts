import { describe, expect, it } from "vitest";
import { z } from "zod";
import { crm, dialler, gateway, ribbon, suite } from "@/lib/dialects";
import { callRoute } from "@/lib/testing/call-route";
import { createTestKey, createTestTenant } from "@/lib/testing/test-tenant";
import { revokeApiKey } from "@/lib/crm/api-keys/revoke-api-key";
import { clearApiKeyCache } from "@/lib/auth/api-key-principal";
import { getDb } from "@/lib/db/client";
import { defineEndpoint } from "./endpoint";

describe("the endpoint mechanism", () => {
  it("answers a wrong key with 401 in each dialect's own envelope", async () => {
    const bad = "not-a-real-key";
    const g = await callRoute(gateway.createLead.handler, { path: "/api/leads", headers: { "X-API-Key": bad }, body: {} });
    expect(g.status).toBe(401);
    expect(g.json.error).toMatchObject({ code: "UNAUTHORIZED", details: [] });
    expect(g.json.error.request_id).toMatch(/^req_[0-9a-f]{16}$/);
    expect(g.headers.get("x-request-id")).toBe(g.json.error.request_id);

    const c = await callRoute(crm.getLead.handler, { path: "/dev/crm/leads/x", headers: { Authorization: `Bearer ${bad}` }, params: { leadId: "x" } });
    expect(c.status).toBe(401);
    expect(c.json).toEqual({ message: "Invalid or missing API key" });

    const d = await callRoute(dialler.addLead.handler, { path: `/lead/add?key=${bad}`, body: { test: true } });
    expect(d.status).toBe(401);
    expect(d.json).toEqual({ key: { "0": "Invalid or missing API key." } });

    const r = await callRoute(ribbon.config.handler, { path: "/api/ribbon/config", headers: { "X-API-Key": bad } });
    expect(r.status).toBe(401);
    expect(r.json).toEqual({ error: "Invalid API key" });

    const s = await callRoute(suite.listCustomers.handler, { path: "/api/v2/customers", headers: { "X-API-Key": bad } });
    expect(s.status).toBe(401);
    expect(s.json).toEqual({ success: false, message: "Invalid API key or unauthorized access" });
  });

  it("answers a missing credential with 401 too", async () => {
    const r = await callRoute(ribbon.config.handler, { path: "/api/ribbon/config" });
    expect(r.status).toBe(401);
    expect(r.json).toEqual({ error: "Invalid API key" });
  });

  it("only accepts the credential where the dialect documents it", async () => {
    const tenant = await createTestTenant();
    // The dialler reads ?key=; a header is not its credential style.
    const d = await callRoute(dialler.addLead.handler, { path: "/lead/add", headers: { "X-API-Key": tenant.key }, body: { test: true } });
    expect(d.status).toBe(401);
    // The crm dialect takes Bearer only.
    const c = await callRoute(crm.listLeads.handler, { path: "/dev/crm/leads", headers: { "X-API-Key": tenant.key } });
    expect(c.status).toBe(401);
    const ok = await callRoute(crm.listLeads.handler, { path: "/dev/crm/leads", headers: { Authorization: `Bearer ${tenant.key}` } });
    expect(ok.status).toBe(200);
  });

  it("rejects malformed JSON with 400 and a body over 1 MB with 413, before doing anything", async () => {
    const tenant = await createTestTenant();
    const malformed = await callRoute(gateway.createLead.handler, { path: "/api/leads", headers: { "X-API-Key": tenant.key }, body: '{"name": "x",' });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.code).toBe("BAD_REQUEST");
    expect(malformed.json.error.message).toBe("Malformed JSON in request body");

    const huge = JSON.stringify({ name: "x", email: "a@b.co", source: "website", notes: "y".repeat(1024 * 1024) });
    const tooLarge = await callRoute(gateway.createLead.handler, { path: "/api/leads", headers: { "X-API-Key": tenant.key }, body: huge });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.json.error.code).toBe("PAYLOAD_TOO_LARGE");

    const suiteMalformed = await callRoute(dialler.addLead.handler, { path: `/lead/add?key=${tenant.key}`, body: "not json" });
    expect(suiteMalformed.status).toBe(400);
    expect(suiteMalformed.json).toEqual({ body: { "0": "Malformed JSON" } });

    const db = await getDb();
    expect(await db.lead.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it("answers 403 when the key lacks the endpoint's scope", async () => {
    const tenant = await createTestTenant();
    const readOnly = await createTestKey(tenant, ["read:leads"]);
    const reply = await callRoute(gateway.createLead.handler, {
      path: "/api/leads",
      headers: { "X-API-Key": readOnly },
      body: { name: "A", email: "a@example.com", source: "website" },
    });
    expect(reply.status).toBe(403);
    expect(reply.json.error).toMatchObject({ code: "FORBIDDEN", message: "This credential lacks the write:leads scope" });
  });

  it("stops accepting a revoked key once the credential cache expires", async () => {
    const tenant = await createTestTenant();
    const first = await callRoute(ribbon.config.handler, { path: "/api/ribbon/config", headers: { "X-API-Key": tenant.key } });
    expect(first.status).toBe(200);
    const db = await getDb();
    const key = await db.apiKey.findFirstOrThrow({ where: { tenantId: tenant.id } });
    await revokeApiKey(tenant.ctx, key.id);
    clearApiKeyCache(); // stands in for the 5-second TTL passing
    const after = await callRoute(ribbon.config.handler, { path: "/api/ribbon/config", headers: { "X-API-Key": tenant.key } });
    expect(after.status).toBe(401);
  });

  it("rate-limits per credential with X-RateLimit headers, then 429 with Retry-After in the dialect's envelope", async () => {
    const limited = defineEndpoint({
      dialect: suite.dialect,
      method: "GET",
      path: "/api/v2/limited",
      summary: "test",
      auth: "tenant",
      rateLimit: { name: `test-${Math.random()}`, points: 3, durationSeconds: 60 },
      response: z.object({ ok: z.boolean() }),
      handler: async () => ({ ok: true }),
    });
    const a = await createTestTenant();
    const b = await createTestTenant();
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await callRoute(limited.handler, { path: "/api/v2/limited", headers: { "X-API-Key": a.key } });
      statuses.push(last.status);
      if (i < 3) expect(last.headers.get("x-ratelimit-remaining")).toBe(String(2 - i));
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last!.headers.get("x-ratelimit-limit")).toBe("3");
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(last!.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
    expect(last!.json).toEqual({ success: false, message: "Rate limit exceeded: 3 requests per minute" });
    // Another credential has its own budget.
    const other = await callRoute(limited.handler, { path: "/api/v2/limited", headers: { "X-API-Key": b.key } });
    expect(other.status).toBe(200);
  });

  it("never leaks an unexpected error: 500 with a generic message in the envelope", async () => {
    const failing = defineEndpoint({
      dialect: crm.dialect,
      method: "GET",
      path: "/dev/crm/boom",
      summary: "test",
      auth: "none",
      response: z.object({}),
      handler: async () => {
        throw new Error("secret internals at /srv/app.ts:42");
      },
    });
    const reply = await callRoute(failing.handler, { path: "/dev/crm/boom" });
    expect(reply.status).toBe(500);
    expect(reply.json).toEqual({ message: "Internal server error" });
    expect(reply.text).not.toContain("secret");
  });
});
