import { beforeAll, describe, expect, it } from "vitest";
import { ribbon } from "@/lib/dialects";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";
import { TEST_ADMIN_KEY } from "@/lib/testing/test-secrets";

let tenant: TestTenant;
let other: TestTenant;

const log = (event: string, callSid: string, timestamp: string, data: Record<string, unknown> = {}) =>
  callRoute(ribbon.logCall.handler, {
    path: "/api/ribbon/log-call",
    body: { apiKey: tenant.key, event, timestamp, data: { callSid, phoneNumber: "+919876543210", ...data } },
  });
const get = (endpoint: { handler: Parameters<typeof callRoute>[0] }, path: string, key = tenant.key, params?: Record<string, string>) =>
  callRoute(endpoint.handler, { path, headers: { "X-API-Key": key }, params });

const john = { customerId: "CUST001", name: "John Doe", email: "john@example.com" };
const jane = { customerId: "CUST002", name: "Jane Roe" };

beforeAll(async () => {
  tenant = await createTestTenant({ monthlyCallLimit: 100 });
  other = await createTestTenant();
  const steps: [string, string, string, Record<string, unknown>?][] = [
    ["connected", "C1", "2025-10-12T10:30:00Z", { callDirection: "outbound", customerData: john }],
    ["callEnded", "C1", "2025-10-12T10:33:00Z", { duration: 180 }],
    ["incoming", "C2", "2025-10-12T14:00:00Z", { customerData: john }],
    ["connected", "C2", "2025-10-12T14:00:05Z"],
    ["callEnded", "C2", "2025-10-12T14:00:25Z"],
    ["incoming", "C3", "2025-10-13T09:15:00Z", { callDirection: "inbound", customerData: jane, phoneNumber: "+441234567890" }],
    ["callEnded", "C3", "2025-10-13T09:15:30Z"],
    ["connected", "C4", "2025-10-14T23:10:00Z", { callDirection: "outbound", phoneNumber: "+15550001111" }],
    ["callEnded", "C4", "2025-10-14T23:16:40Z", { duration: 400, phoneNumber: "+15550001111" }],
    ["connected", "C5", "2025-10-14T08:00:00Z", { callDirection: "outbound", customerData: jane }],
    ["connected", "C6", "2025-09-30T12:00:00Z", { callDirection: "outbound", customerData: { customerId: "CUST003", name: 'Smith, "Jr"' } }],
    ["callEnded", "C6", "2025-09-30T12:00:45Z", { duration: 45 }],
  ];
  for (const [event, sid, at, data] of steps) expect((await log(event, sid, at, data)).status).toBe(200);
});

describe("ribbon: GET /api/ribbon/analytics", () => {
  it("answers the summary, calls by date, recent calls and usage", async () => {
    const reply = await get(ribbon.analytics, "/api/ribbon/analytics");
    expect(reply.status).toBe(200);
    expect(reply.json.summary).toEqual({ totalCalls: 6, totalDuration: 645, avgDuration: 108, inboundCalls: 2, outboundCalls: 4, missedCalls: 1 });
    expect(reply.json.callsByDate).toEqual({ "2025-10-14": 2, "2025-10-13": 1, "2025-10-12": 2, "2025-09-30": 1 });
    expect(Object.keys(reply.json.callsByDate)).toEqual(["2025-10-14", "2025-10-13", "2025-10-12", "2025-09-30"]);
    expect(reply.json.usage).toEqual({ callsThisMonth: 6, limit: 100, remaining: 94 });
    expect(reply.json.recentCalls.map((c: { sessionId: string }) => c.sessionId)).toEqual(["C4", "C5", "C3", "C2", "C1", "C6"]);
    expect(reply.json.recentCalls[4]).toEqual({
      sessionId: "C1",
      clientId: tenant.clientId,
      startTime: "2025-10-12T10:30:00.000Z",
      endTime: "2025-10-12T10:33:00.000Z",
      duration: 180,
      phoneNumber: "+919876543210",
      callDirection: "outbound",
      customerData: { customerId: "CUST001", name: "John Doe" },
      status: "completed",
    });
    expect(reply.json.recentCalls[0].customerData).toEqual({});
    expect(reply.json.recentCalls[1]).toMatchObject({ sessionId: "C5", status: "active", endTime: null, duration: null });
  });

  it("filters by dates (date-only endDate covers the whole UTC day), customer and limit", async () => {
    const october = await get(ribbon.analytics, "/api/ribbon/analytics?startDate=2025-10-01&limit=2");
    expect(october.json.summary).toEqual({ totalCalls: 5, totalDuration: 600, avgDuration: 120, inboundCalls: 2, outboundCalls: 3, missedCalls: 1 });
    expect(october.json.recentCalls).toHaveLength(2);
    const dayEnd = await get(ribbon.analytics, "/api/ribbon/analytics?startDate=2025-10-01&endDate=2025-10-13");
    expect(dayEnd.json.summary.totalCalls).toBe(3);
    const instantEnd = await get(ribbon.analytics, "/api/ribbon/analytics?startDate=2025-10-01T00:00:00Z&endDate=2025-10-13T09:15:00Z");
    expect(instantEnd.json.summary.totalCalls).toBe(3);
    const beforeInstant = await get(ribbon.analytics, "/api/ribbon/analytics?endDate=2025-10-13T09:14:59Z");
    expect(beforeInstant.json.summary.totalCalls).toBe(3); // C6, C1, C2
    const offset = await get(ribbon.analytics, "/api/ribbon/analytics?startDate=2025-10-14T10:00:00+05:30");
    expect(offset.json.summary.totalCalls).toBe(2); // 04:30Z: C5 and C4
    const customer = await get(ribbon.analytics, "/api/ribbon/analytics?customerId=CUST001");
    expect(customer.json.summary).toMatchObject({ totalCalls: 2, totalDuration: 200 });
    const unknown = await get(ribbon.analytics, "/api/ribbon/analytics?customerId=NOPE");
    expect(unknown.json.summary.totalCalls).toBe(0);
    const undef = await get(ribbon.analytics, "/api/ribbon/analytics?startDate=undefined&endDate=undefined");
    expect(undef.json.summary.totalCalls).toBe(6);
    const bad = await get(ribbon.analytics, "/api/ribbon/analytics?startDate=last-week");
    expect(bad.status).toBe(400);
    expect(bad.json.error).toContain("startDate");
  });

  it("another tenant sees none of it", async () => {
    const reply = await get(ribbon.analytics, "/api/ribbon/analytics", other.key);
    expect(reply.json.summary.totalCalls).toBe(0);
    expect(reply.json.recentCalls).toEqual([]);
  });
});

describe("ribbon: GET /api/ribbon/analytics/detailed", () => {
  it("answers every field from SQL aggregates", async () => {
    const reply = await get(ribbon.detailedAnalytics, "/api/ribbon/analytics/detailed?startDate=2025-10-01T00:00:00Z&endDate=2025-10-31T23:59:59Z");
    expect(reply.status).toBe(200);
    const body = reply.json;
    expect(body.summary).toEqual({ totalCalls: 5, totalDuration: 600, avgDuration: 120, inboundCalls: 2, outboundCalls: 3, missedCalls: 1 });
    const hours = Object.fromEntries(Array.from({ length: 24 }, (_, h) => [String(h), 0]));
    Object.assign(hours, { "8": 1, "9": 1, "10": 1, "14": 1, "23": 1 });
    expect(body.callsByHour).toEqual(hours);
    expect(Object.keys(body.callsByHour)).toHaveLength(24);
    expect(body.callsByDayOfWeek).toEqual({ "0": 2, "1": 1, "2": 2, "3": 0, "4": 0, "5": 0, "6": 0 });
    expect(body.durationBuckets).toEqual({ "0-30s": 1, "30s-1m": 0, "1m-3m": 0, "3m-5m": 1, "5m+": 1 });
    expect(Object.keys(body.durationBuckets)).toEqual(["0-30s", "30s-1m", "1m-3m", "3m-5m", "5m+"]);
    expect(body.topCustomers).toEqual([
      { customerId: "CUST001", customerName: "John Doe", phoneNumber: "+919876543210", callCount: 2, totalDuration: 200 },
      { customerId: "CUST002", customerName: "Jane Roe", phoneNumber: "+441234567890", callCount: 2, totalDuration: 0 },
    ]);
    expect(body.recentActivity.map((c: { sessionId: string }) => c.sessionId)).toEqual(["C4", "C5", "C3", "C2", "C1"]);
    expect(body.recentActivity[4]).toEqual({
      sessionId: "C1",
      startTime: "2025-10-12T10:30:00.000Z",
      endTime: "2025-10-12T10:33:00.000Z",
      duration: 180,
      phoneNumber: "+919876543210",
      customerData: { customerId: "CUST001", name: "John Doe" },
    });
  });

  it("works as the seed's getDetailedReport() sends it, with no dates", async () => {
    const reply = await get(ribbon.detailedAnalytics, "/api/ribbon/analytics/detailed?startDate=undefined&endDate=undefined");
    expect(reply.status).toBe(200);
    expect(reply.json.summary.totalCalls).toBe(6);
    expect(reply.json.durationBuckets["30s-1m"]).toBe(1);
    const empty = await get(ribbon.detailedAnalytics, "/api/ribbon/analytics/detailed", other.key);
    expect(empty.json.summary.totalCalls).toBe(0);
    expect(Object.values(empty.json.callsByHour).every((n) => n === 0)).toBe(true);
  });
});

describe("ribbon: GET /api/ribbon/call-logs", () => {
  it("pages the events newest first in the seed's shape", async () => {
    const first = await get(ribbon.callLogs, "/api/ribbon/call-logs?pageSize=5");
    expect(first.status).toBe(200);
    expect(first.json.pagination).toEqual({ page: 1, pageSize: 5, total: 12, totalPages: 3 });
    expect(first.json.logs).toHaveLength(5);
    expect(first.json.logs[0]).toEqual({
      logId: expect.stringMatching(/^log-/),
      clientId: tenant.clientId,
      clientName: `Test ${tenant.clientId}`,
      event: "callEnded",
      data: { callSid: "C4", phoneNumber: "+15550001111", duration: 400 },
      timestamp: "2025-10-14T23:16:40.000Z",
      domain: null,
    });
    const last = await get(ribbon.callLogs, "/api/ribbon/call-logs?pageSize=5&page=3");
    expect(last.json.logs.map((l: { timestamp: string }) => l.timestamp)).toEqual(["2025-09-30T12:00:45.000Z", "2025-09-30T12:00:00.000Z"]);
    const past = await get(ribbon.callLogs, "/api/ribbon/call-logs?pageSize=5&page=9");
    expect(past.json.logs).toEqual([]);
    const defaults = await get(ribbon.callLogs, "/api/ribbon/call-logs");
    expect(defaults.json.pagination).toEqual({ page: 1, pageSize: 50, total: 12, totalPages: 1 });
    expect((await get(ribbon.callLogs, "/api/ribbon/call-logs?page=0")).status).toBe(400);
  });

  it("filters by event, customer, direction and dates", async () => {
    const ended = await get(ribbon.callLogs, "/api/ribbon/call-logs?event=callEnded");
    expect(ended.json.pagination.total).toBe(5);
    const john = await get(ribbon.callLogs, "/api/ribbon/call-logs?customerId=CUST001&page=1&pageSize=20");
    expect(john.json.pagination).toEqual({ page: 1, pageSize: 20, total: 5, totalPages: 1 });
    const inbound = await get(ribbon.callLogs, "/api/ribbon/call-logs?callDirection=inbound");
    expect(inbound.json.logs.map((l: { data: { callSid: string } }) => l.data.callSid).sort()).toEqual(["C2", "C2", "C2", "C3", "C3"]);
    const today = await get(ribbon.callLogs, "/api/ribbon/call-logs?startDate=2025-10-14T00:00:00Z");
    expect(today.json.pagination.total).toBe(3);
    const mine = await get(ribbon.callLogs, "/api/ribbon/call-logs", other.key);
    expect(mine.json.pagination.total).toBe(0);
  });
});

describe("ribbon: GET /api/ribbon/active-calls", () => {
  it("lists calls not yet ended", async () => {
    const reply = await get(ribbon.activeCalls, "/api/ribbon/active-calls");
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({
      activeCalls: [
        {
          sessionId: "C5",
          clientId: tenant.clientId,
          startTime: "2025-10-14T08:00:00.000Z",
          endTime: null,
          duration: null,
          phoneNumber: "+919876543210",
          callDirection: "outbound",
          customerData: { customerId: "CUST002", name: "Jane Roe" },
          status: "active",
        },
      ],
      count: 1,
    });
    expect((await get(ribbon.activeCalls, "/api/ribbon/active-calls", other.key)).json).toEqual({ activeCalls: [], count: 0 });
  });
});

describe("ribbon: GET /api/ribbon/export/calls", () => {
  it("streams CSV with the seed's header, RFC 4180 quoting, and takes the key from the query", async () => {
    const reply = await callRoute(ribbon.exportCalls.handler, { path: `/api/ribbon/export/calls?format=csv&startDate=undefined&X-API-Key=${tenant.key}` });
    expect(reply.status).toBe(200);
    expect(reply.headers.get("content-type")).toContain("text/csv");
    expect(reply.headers.get("content-disposition")).toContain("attachment");
    const lines = reply.text.trimEnd().split("\n");
    expect(lines[0]).toBe("Session ID,Customer Name,Phone Number,Direction,Start Time,End Time,Duration (s),Customer ID");
    expect(lines).toHaveLength(7);
    expect(lines[1]).toBe('C6,"Smith, ""Jr""",+919876543210,outbound,2025-09-30T12:00:00.000Z,2025-09-30T12:00:45.000Z,45,CUST003');
    expect(lines[2]).toBe("C1,John Doe,+919876543210,outbound,2025-10-12T10:30:00.000Z,2025-10-12T10:33:00.000Z,180,CUST001");
    expect(lines).toContain("C5,Jane Roe,+919876543210,outbound,2025-10-14T08:00:00.000Z,,,CUST002");
    expect(lines).toContain("C4,,+15550001111,outbound,2025-10-14T23:10:00.000Z,2025-10-14T23:16:40.000Z,400,");
  });

  it("answers JSON by default in the seed's envelope, filtered by date", async () => {
    const reply = await get(ribbon.exportCalls, "/api/ribbon/export/calls?startDate=2025-10-01&endDate=2025-10-12");
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({
      client: { clientId: tenant.clientId, name: `Test ${tenant.clientId}` },
      exportDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      dateRange: { startDate: "2025-10-01", endDate: "2025-10-12" },
      calls: [
        {
          sessionId: "C1",
          startTime: "2025-10-12T10:30:00.000Z",
          endTime: "2025-10-12T10:33:00.000Z",
          duration: 180,
          phoneNumber: "+919876543210",
          callDirection: "outbound",
          customerData: { customerId: "CUST001", name: "John Doe" },
        },
        {
          sessionId: "C2",
          startTime: "2025-10-12T14:00:00.000Z",
          endTime: "2025-10-12T14:00:25.000Z",
          duration: 20,
          phoneNumber: "+919876543210",
          callDirection: "inbound",
          customerData: { customerId: "CUST001", name: "John Doe" },
        },
      ],
    });
    const none = await get(ribbon.exportCalls, "/api/ribbon/export/calls", other.key);
    expect(none.json.calls).toEqual([]);
    expect(none.json.dateRange).toEqual({ startDate: null, endDate: null });
  });

  it("refuses an unknown format with 400 and a missing key with 401", async () => {
    const xml = await get(ribbon.exportCalls, "/api/ribbon/export/calls?format=xml");
    expect(xml.status).toBe(400);
    expect(xml.json.error).toContain("format");
    expect((await callRoute(ribbon.exportCalls.handler, { path: "/api/ribbon/export/calls?format=csv" })).status).toBe(401);
  });
});

describe("ribbon: customers", () => {
  const save = (customerData: unknown, key = tenant.key) =>
    callRoute(ribbon.saveCustomer.handler, { path: "/api/ribbon/customer", body: { apiKey: key, customerData } });
  const read = (id: string, key = tenant.key) => get(ribbon.getCustomer, `/api/ribbon/customer/${id}`, key, { customerId: id });
  const calls = (id: string, query = "", key = tenant.key) => get(ribbon.customerCalls, `/api/ribbon/customer/${id}/calls${query}`, key, { customerId: id });

  it("saves, reads and updates a customer, keeping createdAt and merging customFields", async () => {
    const saved = await save({
      customerId: "CUST010",
      name: "Acme Buyer",
      email: "buyer@acme.example",
      phone: "+919800000000",
      company: "Acme Corp",
      tags: ["vip", "enterprise"],
      customFields: { accountBalance: 5000, lastPayment: "2025-09-15" },
    });
    expect(saved.status).toBe(200);
    expect(saved.json).toEqual({ success: true, customerId: "CUST010", message: "Customer information saved" });
    const first = await read("CUST010");
    expect(first.status).toBe(200);
    expect(first.json).toEqual({
      customer: {
        customerId: "CUST010",
        clientId: tenant.clientId,
        name: "Acme Buyer",
        email: "buyer@acme.example",
        phone: "+919800000000",
        company: "Acme Corp",
        tags: ["vip", "enterprise"],
        customFields: { accountBalance: 5000, lastPayment: "2025-09-15" },
        createdAt: expect.any(String),
        lastUpdated: expect.any(String),
      },
      callHistory: [],
      totalCalls: 0,
      totalDuration: 0,
    });
    await new Promise((r) => setTimeout(r, 20));
    expect((await save({ customerId: "CUST010", company: "Acme Ltd", customFields: { segment: "enterprise" } })).status).toBe(200);
    const second = await read("CUST010");
    expect(second.json.customer).toMatchObject({
      name: "Acme Buyer",
      company: "Acme Ltd",
      customFields: { accountBalance: 5000, lastPayment: "2025-09-15", segment: "enterprise" },
    });
    expect(second.json.customer.createdAt).toBe(first.json.customer.createdAt);
    expect(second.json.customer.lastUpdated > first.json.customer.lastUpdated).toBe(true);
  });

  it("answers 400 without customerId, 409 for another customer's email", async () => {
    expect((await save({ name: "No Id" })).status).toBe(400);
    expect((await callRoute(ribbon.saveCustomer.handler, { path: "/api/ribbon/customer", body: { apiKey: tenant.key } })).status).toBe(400);
    const taken = await save({ customerId: "CUST011", email: "john@example.com" });
    expect(taken.status).toBe(409);
    expect(taken.json.error).toContain("email");
  });

  it("reads a customer with its call history and totals; unknown or foreign ids are 404", async () => {
    const reply = await read("CUST001");
    expect(reply.json.customer).toMatchObject({ customerId: "CUST001", name: "John Doe", email: "john@example.com", phone: "+919876543210" });
    expect(reply.json.callHistory).toEqual([
      { sessionId: "C2", startTime: "2025-10-12T14:00:00.000Z", duration: 20, callDirection: "inbound" },
      { sessionId: "C1", startTime: "2025-10-12T10:30:00.000Z", duration: 180, callDirection: "outbound" },
    ]);
    expect(reply.json).toMatchObject({ totalCalls: 2, totalDuration: 200 });
    const missing = await read("NOPE");
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ error: "Customer not found" });
    expect((await read("CUST001", other.key)).status).toBe(404);
  });

  it("lists a customer's calls with their events and totals over all calls", async () => {
    const reply = await calls("CUST001", "?limit=1");
    expect(reply.status).toBe(200);
    expect(reply.json.customerId).toBe("CUST001");
    expect(reply.json.calls.map((c: { sessionId: string }) => c.sessionId)).toEqual(["C2"]);
    expect(reply.json.calls[0]).toMatchObject({ clientId: tenant.clientId, status: "completed", customerData: { customerId: "CUST001", name: "John Doe" } });
    expect(reply.json.events.map((e: { event: string }) => e.event)).toEqual(["incoming", "connected", "callEnded"]);
    expect(reply.json.events[0]).toEqual({ logId: expect.stringMatching(/^log-/), event: "incoming", timestamp: "2025-10-12T14:00:00.000Z" });
    expect(reply.json).toMatchObject({ totalCalls: 2, totalDuration: 200 });
    expect((await calls("CUST001")).json.calls).toHaveLength(2);
    expect((await calls("CUST001", "", other.key)).status).toBe(404);
    expect((await calls("NOPE")).json).toEqual({ error: "Customer not found" });
  });
});

describe("ribbon: GET /api/admin/analytics/all", () => {
  const call = (headers: Record<string, string>) => callRoute(ribbon.adminAnalytics.handler, { path: "/api/admin/analytics/all", headers });

  it("needs the platform admin credential", async () => {
    expect((await call({ "X-API-Key": tenant.key })).status).toBe(401);
    expect((await call({})).status).toBe(401);
  });

  it("answers every client's totals and this month's utilisation", async () => {
    const reply = await call({ "X-API-Key": TEST_ADMIN_KEY });
    expect(reply.status).toBe(200);
    const row = reply.json.clients.find((c: { clientId: string }) => c.clientId === tenant.clientId);
    expect(row).toEqual({
      clientId: tenant.clientId,
      clientName: `Test ${tenant.clientId}`,
      plan: "trial",
      totalCalls: 6,
      totalDuration: 645,
      callsThisMonth: 6,
      limit: 100,
      utilizationPercent: 6,
    });
    expect(reply.json.totalClients).toBe(reply.json.clients.length);
    expect(reply.json.totalCallsAllClients).toBe(reply.json.clients.reduce((sum: number, c: { totalCalls: number }) => sum + c.totalCalls, 0));
  });
});
