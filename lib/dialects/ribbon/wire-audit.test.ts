import { beforeAll, describe, expect, it } from "vitest";
import * as adminAnalyticsRoute from "@/app/api/admin/analytics/all/route";
import * as adminClientsRoute from "@/app/api/admin/clients/route";
import * as activeCallsRoute from "@/app/api/ribbon/active-calls/route";
import * as detailedRoute from "@/app/api/ribbon/analytics/detailed/route";
import * as analyticsRoute from "@/app/api/ribbon/analytics/route";
import * as callLogsRoute from "@/app/api/ribbon/call-logs/route";
import * as configRoute from "@/app/api/ribbon/config/route";
import * as customerCallsRoute from "@/app/api/ribbon/customer/[customerId]/calls/route";
import * as customerRoute from "@/app/api/ribbon/customer/[customerId]/route";
import * as saveCustomerRoute from "@/app/api/ribbon/customer/route";
import * as exportRoute from "@/app/api/ribbon/export/calls/route";
import * as initRoute from "@/app/api/ribbon/init/route";
import * as logCallRoute from "@/app/api/ribbon/log-call/route";
import type { RouteHandler } from "@/lib/http/endpoint";
import { callRoute } from "@/lib/testing/call-route";
import { TEST_ADMIN_KEY } from "@/lib/testing/test-secrets";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";

// Audit of seed 003's wire rules over every ribbon route file: CORS (preflight
// and real requests, allowed and refused origins), the seed's own clients'
// `startDate=undefined`, bad dates as 400 {"error"}, and date-only endDate.
let tenant: TestTenant;
let neighbour: TestTenant;

beforeAll(async () => {
  tenant = await createTestTenant({ allowedDomains: ["yourcrm.com"] });
  neighbour = await createTestTenant({ allowedDomains: ["neighbour.example"] });
  const events: [string, string, string, Record<string, unknown>][] = [
    ["connected", "A1", "2025-10-30T10:00:00Z", { callDirection: "outbound", customerData: { customerId: "CUST001", name: "John Doe" } }],
    ["callEnded", "A1", "2025-10-30T10:03:00Z", { duration: 180 }],
    ["connected", "A2", "2025-10-31T23:30:00Z", { callDirection: "outbound" }],
    ["callEnded", "A2", "2025-10-31T23:31:00Z", { duration: 60 }],
    ["connected", "A3", "2025-11-01T00:00:00Z", { callDirection: "outbound" }],
  ];
  for (const [event, callSid, timestamp, data] of events) {
    const reply = await callRoute(logCallRoute.POST, {
      path: "/api/ribbon/log-call",
      body: { apiKey: tenant.key, event, timestamp, data: { callSid, phoneNumber: "+919876543210", ...data } },
    });
    expect(reply.status).toBe(200);
  }
});

type RouteModule = Record<string, RouteHandler>;
const GETS: { name: string; route: RouteModule; path: string; params?: Record<string, string> }[] = [
  { name: "config", route: configRoute, path: "/api/ribbon/config" },
  { name: "analytics", route: analyticsRoute, path: "/api/ribbon/analytics" },
  { name: "call-logs", route: callLogsRoute, path: "/api/ribbon/call-logs" },
  { name: "active-calls", route: activeCallsRoute, path: "/api/ribbon/active-calls" },
  { name: "analytics/detailed", route: detailedRoute, path: "/api/ribbon/analytics/detailed" },
  { name: "export/calls", route: exportRoute, path: "/api/ribbon/export/calls" },
  { name: "customer/:id", route: customerRoute, path: "/api/ribbon/customer/CUST001", params: { customerId: "CUST001" } },
  { name: "customer/:id/calls", route: customerCallsRoute, path: "/api/ribbon/customer/CUST001/calls", params: { customerId: "CUST001" } },
];
const POSTS: { name: string; route: RouteModule; path: string; body: () => Record<string, unknown> }[] = [
  { name: "init", route: initRoute, path: "/api/ribbon/init", body: () => ({ apiKey: tenant.key, domain: "yourcrm.com" }) },
  {
    name: "log-call",
    route: logCallRoute,
    path: "/api/ribbon/log-call",
    body: () => ({ apiKey: tenant.key, event: "connected", data: { callSid: `CORS-${Math.random()}` } }),
  },
  { name: "customer", route: saveCustomerRoute, path: "/api/ribbon/customer", body: () => ({ apiKey: tenant.key, customerData: { customerId: "CUST009" } }) },
];

describe("ribbon audit: CORS on every ribbon route", () => {
  it("preflights: 204 with the origin, Content-Type and X-API-Key for an allowed origin; 403 without CORS headers for a refused one", async () => {
    for (const { name, route, path } of [...GETS, ...POSTS]) {
      const ask = (origin: string) =>
        callRoute(route.OPTIONS!, {
          method: "OPTIONS",
          path,
          headers: { Origin: origin, "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "x-api-key" },
        });
      const allowed = await ask("https://app.yourcrm.com");
      expect(allowed.status, name).toBe(204);
      expect(allowed.headers.get("access-control-allow-origin"), name).toBe("https://app.yourcrm.com");
      expect(allowed.headers.get("access-control-allow-headers"), name).toBe("Content-Type, X-API-Key");
      const refused = await ask("https://evil.example");
      expect(refused.status, name).toBe(403);
      expect(refused.headers.get("access-control-allow-origin"), name).toBeNull();
    }
  });

  it("real requests: the key's tenant's origin reads the answer; another tenant's origin is refused with 403 {error}", async () => {
    // neighbour.example passes preflights (its tenant allows it), so only the key's own tenant can refuse it.
    expect(neighbour.id).not.toBe(tenant.id);
    const preflight = await callRoute(analyticsRoute.OPTIONS, {
      method: "OPTIONS",
      path: "/api/ribbon/analytics",
      headers: { Origin: "https://neighbour.example", "Access-Control-Request-Method": "GET" },
    });
    expect(preflight.status).toBe(204);
    for (const { name, route, path, params } of GETS) {
      const ok = await callRoute(route.GET!, { path, params, headers: { "X-API-Key": tenant.key, Origin: "https://yourcrm.com" } });
      expect(ok.status, name).toBe(200);
      expect(ok.headers.get("access-control-allow-origin"), name).toBe("https://yourcrm.com");
      expect(ok.headers.get("access-control-allow-origin"), name).not.toBe("*");
      const refused = await callRoute(route.GET!, { path, params, headers: { "X-API-Key": tenant.key, Origin: "https://neighbour.example" } });
      expect(refused.status, name).toBe(403);
      expect(refused.json, name).toEqual({ error: "Origin not allowed" });
      expect(refused.headers.get("access-control-allow-origin"), name).toBeNull();
    }
    for (const { name, route, path, body } of POSTS) {
      const ok = await callRoute(route.POST!, { path, body: body(), headers: { Origin: "https://yourcrm.com" } });
      expect(ok.status, name).toBe(200);
      expect(ok.headers.get("access-control-allow-origin"), name).toBe("https://yourcrm.com");
      const refused = await callRoute(route.POST!, { path, body: body(), headers: { Origin: "https://neighbour.example" } });
      expect(refused.status, name).toBe(403);
      expect(refused.json, name).toEqual({ error: "Origin not allowed" });
    }
  });
});

describe("ribbon audit: CORS on refusals", () => {
  it("a wrong key from an origin some tenant allows gets a 401 the page can read; from any other origin, no CORS headers", async () => {
    for (const { name, route, path, params } of GETS) {
      const readable = await callRoute(route.GET!, { path, params, headers: { "X-API-Key": "wrong-key", Origin: "https://yourcrm.com" } });
      expect(readable.status, name).toBe(401);
      expect(readable.json, name).toEqual({ error: expect.any(String) });
      expect(readable.headers.get("access-control-allow-origin"), name).toBe("https://yourcrm.com");
      const hidden = await callRoute(route.GET!, { path, params, headers: { "X-API-Key": "wrong-key", Origin: "https://evil.example" } });
      expect(hidden.status, name).toBe(401);
      expect(hidden.headers.get("access-control-allow-origin"), name).toBeNull();
    }
    const posted = await callRoute(logCallRoute.POST, {
      path: "/api/ribbon/log-call",
      headers: { Origin: "https://yourcrm.com" },
      body: { apiKey: "wrong-key", event: "connected", data: { callSid: "NOKEY" } },
    });
    expect(posted.status).toBe(401);
    expect(posted.headers.get("access-control-allow-origin")).toBe("https://yourcrm.com");
  });
});

describe("ribbon audit: dates on every report", () => {
  const reports = GETS.filter((g) => ["analytics", "call-logs", "analytics/detailed", "export/calls"].includes(g.name));
  const get = (route: RouteModule, path: string) => callRoute(route.GET!, { path, headers: { "X-API-Key": tenant.key } });

  it("`startDate=undefined&endDate=undefined` (URLSearchParams of missing dates) counts as absent", async () => {
    for (const { name, route, path } of reports) {
      const plain = await get(route, path);
      const undef = await get(route, `${path}?startDate=undefined&endDate=undefined`);
      expect(undef.status, name).toBe(200);
      if (name === "export/calls") {
        expect(undef.json.calls, name).toEqual(plain.json.calls);
        expect(undef.json.dateRange, name).toEqual({ startDate: null, endDate: null });
      } else {
        expect(JSON.stringify(undef.json.summary ?? undef.json.pagination), name).toBe(JSON.stringify(plain.json.summary ?? plain.json.pagination));
      }
    }
  });

  it("a date that is not ISO 8601 is a 400 {error}", async () => {
    for (const { name, route, path } of reports) {
      for (const bad of ["startDate=yesterday", "endDate=2025-13-01", "startDate=12/10/2025"]) {
        const reply = await get(route, `${path}?${bad}`);
        expect(reply.status, `${name}?${bad}`).toBe(400);
        expect(reply.json, `${name}?${bad}`).toEqual({ error: expect.any(String) });
      }
    }
  });

  it("a date-only endDate includes that whole UTC day, and no more", async () => {
    const analytics = await get(analyticsRoute, "/api/ribbon/analytics?startDate=2025-10-30&endDate=2025-10-31");
    expect(analytics.json.summary.totalCalls).toBe(2);
    const logs = await get(callLogsRoute, "/api/ribbon/call-logs?startDate=2025-10-30&endDate=2025-10-31");
    expect(logs.json.pagination.total).toBe(4);
    const detailed = await get(detailedRoute, "/api/ribbon/analytics/detailed?startDate=2025-10-31&endDate=2025-10-31");
    expect(detailed.json.summary.totalCalls).toBe(1);
    const csv = await get(exportRoute, "/api/ribbon/export/calls?format=csv&startDate=2025-10-01&endDate=2025-10-31");
    expect(
      csv.text
        .trim()
        .split("\n")
        .slice(1)
        .map((line) => line.split(",")[0]),
    ).toEqual(["A1", "A2"]);
    // The seed's example 4: end of the month as a date-time.
    const example4 = await get(detailedRoute, "/api/ribbon/analytics/detailed?startDate=2025-10-01T00:00:00Z&endDate=2025-10-31T23:59:59Z");
    expect(example4.json.summary.totalCalls).toBe(2);
  });

  it("export takes the seed's example 5 link: format, dates and ?X-API-Key= without a header", async () => {
    const link = await callRoute(exportRoute.GET, {
      path: `/api/ribbon/export/calls?format=csv&startDate=2025-10-01&endDate=2025-10-31&X-API-Key=${tenant.key}`,
    });
    expect(link.status).toBe(200);
    expect(link.text.split("\n")[0]).toBe("Session ID,Customer Name,Phone Number,Direction,Start Time,End Time,Duration (s),Customer ID");
    expect(link.text.split("\n")[1]).toBe("A1,John Doe,+919876543210,outbound,2025-10-30T10:00:00.000Z,2025-10-30T10:03:00.000Z,180,CUST001");
    // The query credential is the export's only: other reports refuse it.
    const elsewhere = await callRoute(analyticsRoute.GET, { path: `/api/ribbon/analytics?X-API-Key=${tenant.key}` });
    expect(elsewhere.status).toBe(401);
    expect(elsewhere.json).toEqual({ error: expect.any(String) });
  });
});

describe("ribbon audit: defaults the seed names", () => {
  it("analytics limit defaults to 100 recent calls; customer calls limit to 50", async () => {
    const many = await createTestTenant({ monthlyCallLimit: 1000 });
    for (let i = 0; i < 105; i++) {
      const reply = await callRoute(logCallRoute.POST, {
        path: "/api/ribbon/log-call",
        body: {
          apiKey: many.key,
          event: "connected",
          timestamp: new Date(Date.UTC(2025, 9, 1, 0, i)).toISOString(),
          data: { callSid: `M${i}`, customerData: { customerId: "BUSY" } },
        },
      });
      expect(reply.status).toBe(200);
    }
    const analytics = await callRoute(analyticsRoute.GET, { path: "/api/ribbon/analytics", headers: { "X-API-Key": many.key } });
    expect(analytics.json.summary.totalCalls).toBe(105);
    expect(analytics.json.recentCalls).toHaveLength(100);
    const calls = await callRoute(customerCallsRoute.GET, {
      path: "/api/ribbon/customer/BUSY/calls",
      headers: { "X-API-Key": many.key },
      params: { customerId: "BUSY" },
    });
    expect(calls.json.calls).toHaveLength(50);
    expect(calls.json.totalCalls).toBe(105);
  }, 120_000);
});

describe("ribbon audit: admin endpoints through their route files", () => {
  it("answer the platform admin key only: a tenant key, a wrong key or none is 401 {error}; no CORS for browsers", async () => {
    for (const [name, route, path] of [
      ["clients", adminClientsRoute, "/api/admin/clients"],
      ["analytics/all", adminAnalyticsRoute, "/api/admin/analytics/all"],
    ] as const) {
      const refusedHeaders: Record<string, string>[] = [{ "X-API-Key": tenant.key }, { "X-API-Key": "wrong" }, {}, { Authorization: `Bearer ${tenant.key}` }];
      for (const headers of refusedHeaders) {
        const refused = await callRoute(route.GET, { path, headers });
        expect(refused.status, `${name} ${JSON.stringify(headers)}`).toBe(401);
        expect(refused.json).toEqual({ error: expect.any(String) });
      }
      const ok = await callRoute(route.GET, { path, headers: { "X-API-Key": TEST_ADMIN_KEY, Origin: "https://yourcrm.com" } });
      expect(ok.status, name).toBe(200);
      expect(ok.headers.get("access-control-allow-origin"), name).toBeNull();
      expect(ok.text).not.toContain(tenant.key);
    }
    const all = await callRoute(adminAnalyticsRoute.GET, { path: "/api/admin/analytics/all", headers: { "X-API-Key": TEST_ADMIN_KEY } });
    expect(all.json).toMatchObject({ totalClients: expect.any(Number), totalCallsAllClients: expect.any(Number) });
    const mine = all.json.clients.find((c: { clientId: string }) => c.clientId === tenant.clientId);
    // The calls of beforeAll, plus those other tests in this file logged.
    expect(mine.totalCalls).toBeGreaterThanOrEqual(3);
  });
});
