import { afterEach, describe, expect, it } from "vitest";
import { crm, gateway } from "@/lib/dialects";
import { setTenantRateLimit } from "@/lib/crm/tenants/set-tenant-rate-limit";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { clearRateSettingsCache } from "./plan-rate-limits";

const listLeads = (key: string) => callRoute(crm.listLeads.handler, { path: "/dev/crm/leads", headers: { Authorization: `Bearer ${key}` } });

describe("rate limits by tenant plan", () => {
  afterEach(() => {
    delete process.env.RATE_LIMITS;
  });

  it("uses the seed's figure for a trial tenant and a multiple for enterprise", async () => {
    const trial = await createTestTenant({ plan: "trial" });
    const reply = await listLeads(trial.key);
    expect(reply.status).toBe(200);
    expect(reply.headers.get("x-ratelimit-limit")).toBe("300");
    expect(reply.headers.get("x-ratelimit-remaining")).toBe("299");

    const enterprise = await createTestTenant({ plan: "enterprise" });
    const big = await listLeads(enterprise.key);
    expect(big.headers.get("x-ratelimit-limit")).toBe("3000");
    expect(big.headers.get("x-ratelimit-remaining")).toBe("2999");
  });

  it("applies a tenant's own override, up or down, and a removed override restores the default", async () => {
    const tenant = await createTestTenant();
    await setTenantRateLimit(tenant.clientId, "crm", 2);
    clearRateSettingsCache();
    expect((await listLeads(tenant.key)).headers.get("x-ratelimit-limit")).toBe("2");
    await listLeads(tenant.key);
    const third = await listLeads(tenant.key);
    expect(third.status).toBe(429);
    expect(third.json).toEqual({ message: "Rate limit exceeded: 2 requests per minute" });
    expect(third.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);

    expect(await setTenantRateLimit(tenant.clientId, "crm", 1_000_000)).toEqual({ crm: 1_000_000 });
    clearRateSettingsCache();
    const unthrottled = await listLeads(tenant.key);
    expect(unthrottled.status).toBe(200);
    expect(unthrottled.headers.get("x-ratelimit-limit")).toBe("1000000");

    expect(await setTenantRateLimit(tenant.clientId, "crm", null)).toEqual({});
    clearRateSettingsCache();
    expect((await listLeads(tenant.key)).headers.get("x-ratelimit-limit")).toBe("300");
  });

  it("caches the tenant's settings, so a change shows after the credential TTL, not per request", async () => {
    const tenant = await createTestTenant();
    clearRateSettingsCache();
    expect((await listLeads(tenant.key)).headers.get("x-ratelimit-limit")).toBe("300");
    await setTenantRateLimit(tenant.clientId, "crm", 5);
    expect((await listLeads(tenant.key)).headers.get("x-ratelimit-limit")).toBe("300");
  });

  it("takes deployment-wide figures from RATE_LIMITS, for anonymous callers too", async () => {
    process.env.RATE_LIMITS = JSON.stringify({ "gateway:health": 123456, crm: 7 });
    const health = await callRoute(gateway.health.handler, { path: "/health" });
    expect(health.headers.get("x-ratelimit-limit")).toBe("123456");
    const tenant = await createTestTenant({ plan: "professional" });
    expect((await listLeads(tenant.key)).headers.get("x-ratelimit-limit")).toBe("14");
  });

  it("refuses nonsense overrides", async () => {
    const tenant = await createTestTenant();
    await expect(setTenantRateLimit(tenant.clientId, "crm", 0)).rejects.toThrow("positive integer");
    await expect(setTenantRateLimit(tenant.clientId, "Bad Rule!", 5)).rejects.toThrow("Unknown rule");
    await expect(setTenantRateLimit("no-such-client", "crm", 5)).rejects.toThrow("No tenant");
  });
});
