import { beforeAll, describe, expect, it } from "vitest";
import * as logCallRoute from "@/app/api/ribbon/log-call/route";
import * as analyticsRoute from "@/app/api/ribbon/analytics/route";
import { getDb } from "@/lib/db/client";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";

let tenant: TestTenant;
let neighbour: TestTenant;

beforeAll(async () => {
  tenant = await createTestTenant({ allowedDomains: ["yourcrm.com"] });
  neighbour = await createTestTenant({ allowedDomains: ["neighbour.example"] });
});

const preflight = (origin: string) =>
  callRoute(logCallRoute.OPTIONS, {
    method: "OPTIONS",
    path: "/api/ribbon/log-call",
    headers: { Origin: origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" },
  });

describe("ribbon CORS", () => {
  it("answers a preflight for an origin some tenant allows (subdomains too), never with *", async () => {
    const reply = await preflight("https://app.yourcrm.com");
    expect(reply.status).toBe(204);
    expect(reply.headers.get("access-control-allow-origin")).toBe("https://app.yourcrm.com");
    expect(reply.headers.get("access-control-allow-headers")).toBe("Content-Type, X-API-Key");
    expect(reply.headers.get("access-control-allow-methods")).toBe("POST, OPTIONS");
    expect(reply.headers.get("vary")).toContain("Origin");
  });

  it("refuses a preflight for an origin no tenant allows", async () => {
    for (const origin of ["https://evil.example", "https://evilyourcrm.com", "null"]) {
      const reply = await preflight(origin);
      expect(reply.status).toBe(403);
      expect(reply.headers.get("access-control-allow-origin")).toBeNull();
    }
  });

  it("lets an allowed origin read the answer of a real request", async () => {
    const reply = await callRoute(analyticsRoute.GET, { path: "/api/ribbon/analytics", headers: { "X-API-Key": tenant.key, Origin: "https://yourcrm.com" } });
    expect(reply.status).toBe(200);
    expect(reply.headers.get("access-control-allow-origin")).toBe("https://yourcrm.com");
    expect(reply.headers.get("vary")).toContain("Origin");
    const posted = await callRoute(logCallRoute.POST, {
      path: "/api/ribbon/log-call",
      headers: { Origin: "https://crm.yourcrm.com" },
      body: { apiKey: tenant.key, event: "connected", data: { callSid: "CORS1" } },
    });
    expect(posted.status).toBe(200);
    expect(posted.headers.get("access-control-allow-origin")).toBe("https://crm.yourcrm.com");
  });

  it("refuses a real request from an origin its key's tenant does not allow, before anything is written", async () => {
    // neighbour.example passes the preflight (another tenant allows it) but is not this key's tenant's.
    const reply = await callRoute(logCallRoute.POST, {
      path: "/api/ribbon/log-call",
      headers: { Origin: "https://neighbour.example" },
      body: { apiKey: tenant.key, event: "connected", data: { callSid: "CORS2" } },
    });
    expect(reply.status).toBe(403);
    expect(reply.json).toEqual({ error: "Origin not allowed" });
    expect(reply.headers.get("access-control-allow-origin")).toBeNull();
    const db = await getDb();
    expect(await db.call.count({ where: { tenantId: tenant.id, callSid: "CORS2" } })).toBe(0);
    const read = await callRoute(analyticsRoute.GET, { path: "/api/ribbon/analytics", headers: { "X-API-Key": neighbour.key, Origin: "https://yourcrm.com" } });
    expect(read.status).toBe(403);
  });

  it("leaves requests without Origin (servers) alone", async () => {
    const reply = await callRoute(analyticsRoute.GET, { path: "/api/ribbon/analytics", headers: { "X-API-Key": tenant.key } });
    expect(reply.status).toBe(200);
    expect(reply.headers.get("access-control-allow-origin")).toBeNull();
  });
});
