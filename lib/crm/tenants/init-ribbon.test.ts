import { describe, expect, it } from "vitest";
import { ribbon } from "@/lib/dialects";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";

describe("POST /api/ribbon/init: whose page is asking", () => {
  const init = (body: unknown, headers: Record<string, string> = {}) => callRoute(ribbon.init.handler, { path: "/api/ribbon/init", body, headers });
  const tenantWithToken = () => createTestTenant({ allowedDomains: ["yourcrm.com"], telephony: { token: "tok-secret", userId: "user-1" } });

  it("refuses a browser on another origin that claims an allowed domain in the body", async () => {
    const tenant = await tenantWithToken();
    const origins: Record<string, string>[] = [{ Origin: "https://evil.example" }, { Referer: "https://evil.example/page" }, { Origin: "null" }];
    for (const headers of origins) {
      const reply = await init({ apiKey: tenant.key, domain: "yourcrm.com" }, headers);
      expect(reply.status).toBe(403);
      expect(reply.json).toEqual({ error: "Domain not allowed" });
      expect(reply.text).not.toContain("tok-secret");
    }
  });

  it("refuses an Origin of an allowed host that is not the body's domain", async () => {
    const tenant = await tenantWithToken();
    const reply = await init({ apiKey: tenant.key, domain: "app.yourcrm.com" }, { Origin: "https://other.yourcrm.com" });
    expect(reply.status).toBe(403);
  });

  it("refuses body domains that are not plain host names", async () => {
    const tenant = await tenantWithToken();
    for (const domain of [
      "evil.example?.yourcrm.com",
      "evil.example/.yourcrm.com",
      "evil.example#.yourcrm.com",
      "evil.example\\.yourcrm.com",
      "user@evil.example",
      "a b.yourcrm.com",
      "javascript://yourcrm.com",
    ]) {
      const reply = await init({ apiKey: tenant.key, domain });
      expect(reply.status, domain).toBe(403);
      expect(reply.text).not.toContain("tok-secret");
    }
  });

  it("accepts the tenant's own page (Origin or Referer matching the domain) and server-to-server callers", async () => {
    const tenant = await tenantWithToken();
    const origins: Record<string, string>[] = [{ Origin: "https://app.yourcrm.com" }, { Referer: "https://app.yourcrm.com:8443/crm?x=1" }, {}];
    for (const headers of origins) {
      const reply = await init({ apiKey: tenant.key, domain: "app.yourcrm.com" }, headers);
      expect(reply.status).toBe(200);
      expect(reply.json.exotelToken).toBe("tok-secret");
    }
    expect((await init({ apiKey: tenant.key, domain: "https://yourcrm.com:443" })).status).toBe(200);
  });

  it("with no allowed domains, any host may ask, but a browser only for its own host", async () => {
    const tenant = await createTestTenant({ allowedDomains: [] });
    expect((await init({ apiKey: tenant.key, domain: "anything.example" }, { Origin: "https://anything.example" })).status).toBe(200);
    expect((await init({ apiKey: tenant.key, domain: "victim.example" }, { Origin: "https://evil.example" })).status).toBe(403);
  });
});
