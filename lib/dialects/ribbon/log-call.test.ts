import { beforeEach, describe, expect, it } from "vitest";
import { ribbon } from "@/lib/dialects";
import { getDb } from "@/lib/db/client";
import { usageMonth } from "@/lib/crm/tenants/usage";
import { rebuildCallRollups } from "@/lib/crm/calls/rebuild-call-rollups";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";

let tenant: TestTenant;
const log = (body: Record<string, unknown>, key = tenant.key) =>
  callRoute(ribbon.logCall.handler, { path: "/api/ribbon/log-call", body: { apiKey: key, ...body } });
const event = (name: string, callSid: string, timestamp: string, data: Record<string, unknown> = {}) => ({
  event: name,
  timestamp,
  data: { callSid, phoneNumber: "+919876543210", ...data },
});

async function callOf(callSid: string) {
  const db = await getDb();
  return db.call.findUniqueOrThrow({ where: { tenantId_callSid: { tenantId: tenant.id, callSid } }, include: { customer: true } });
}
async function used(): Promise<number> {
  const db = await getDb();
  return (await db.tenantUsage.findUnique({ where: { tenantId_month: { tenantId: tenant.id, month: usageMonth() } } }))?.calls ?? 0;
}

beforeEach(async () => {
  tenant = await createTestTenant({ monthlyCallLimit: 100, allowedDomains: ["yourcrm.com"] });
});

describe("ribbon: POST /api/ribbon/log-call", () => {
  it("answers the seed's shape and folds connected + callEnded into one completed call", async () => {
    const first = await log({
      ...event("connected", "CA1", "2025-10-12T10:30:00Z", {
        callDirection: "outbound",
        customerData: { customerId: "CUST001", name: "John Doe", email: "john@example.com" },
      }),
      domain: "yourcrm.com",
    });
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ success: true, logId: expect.stringMatching(/^log-\d+-[a-z0-9]{9}$/) });
    expect((await callOf("CA1")).status).toBe("active");
    const second = await log(event("callEnded", "CA1", "2025-10-12T10:33:00Z", { duration: 180 }));
    expect(second.status).toBe(200);
    const call = await callOf("CA1");
    expect(call).toMatchObject({
      status: "completed",
      direction: "outbound",
      duration: 180,
      connected: true,
      phoneNumber: "+919876543210",
      phoneNormalized: "919876543210",
    });
    expect(call.startTime?.toISOString()).toBe("2025-10-12T10:30:00.000Z");
    expect(call.endTime?.toISOString()).toBe("2025-10-12T10:33:00.000Z");
    expect(call.customer).toMatchObject({ externalId: "CUST001", name: "John Doe", email: "john@example.com" });
    expect(await used()).toBe(1);
    const db = await getDb();
    const completed = await db.outboxEvent.findMany({ where: { tenantId: tenant.id, type: "call.completed" } });
    expect(completed).toHaveLength(1);
    expect((completed[0]!.payload as { data: Record<string, unknown> }).data).toMatchObject({ session_id: "CA1", duration: 180, customer_id: "CUST001" });
  });

  it("takes the duration from the times when callEnded carries none", async () => {
    await log(event("connected", "CA2", "2025-10-12T10:30:00Z"));
    await log(event("callEnded", "CA2", "2025-10-12T10:31:05Z"));
    expect(await callOf("CA2")).toMatchObject({ status: "completed", duration: 65 });
  });

  it("an incoming call that ends without connected is missed; with connected it is completed", async () => {
    await log(event("incoming", "CA3", "2025-10-12T09:00:00Z"));
    expect(await callOf("CA3")).toMatchObject({ status: "active", direction: "inbound" });
    await log(event("callEnded", "CA3", "2025-10-12T09:00:20Z"));
    expect(await callOf("CA3")).toMatchObject({ status: "missed", duration: 0, connected: false });
    await log(event("incoming", "CA4", "2025-10-12T09:00:00Z"));
    await log(event("connected", "CA4", "2025-10-12T09:00:10Z"));
    await log(event("callEnded", "CA4", "2025-10-12T09:01:10Z"));
    const answered = await callOf("CA4");
    expect(answered).toMatchObject({ status: "completed", direction: "inbound", duration: 60 });
    expect(answered.startTime?.toISOString()).toBe("2025-10-12T09:00:00.000Z");
  });

  it("out of order and repeated deliveries give the same call, each event stored once", async () => {
    const inOrder = [
      event("incoming", "X", "2025-10-12T09:00:00Z"),
      event("connected", "X", "2025-10-12T09:00:05Z"),
      event("callEnded", "X", "2025-10-12T09:02:05Z", { duration: 120 }),
    ];
    for (const e of inOrder) await log({ ...e, data: { ...e.data, callSid: "ORD" } });
    const shuffled = [inOrder[2]!, inOrder[0]!, inOrder[2]!, inOrder[1]!, inOrder[0]!];
    const replies = [];
    for (const e of shuffled) replies.push(await log({ ...e, data: { ...e.data, callSid: "OOO" } }));
    expect(replies[2]!.json.logId).toBe(replies[0]!.json.logId); // the repeat answers the stored logId
    const a = await callOf("ORD");
    const b = await callOf("OOO");
    const pick = (c: typeof a) => ({
      status: c.status,
      direction: c.direction,
      start: c.startTime,
      end: c.endTime,
      duration: c.duration,
      connected: c.connected,
    });
    expect(pick(b)).toEqual(pick(a));
    expect(pick(a)).toMatchObject({ status: "completed", duration: 120 });
    const db = await getDb();
    expect(await db.callEvent.count({ where: { tenantId: tenant.id, callSid: "OOO" } })).toBe(3);
    expect(await used()).toBe(2);
    // a callEnded first: completed until the incoming arrives, then the same as in order
    await log(event("callEnded", "LATE", "2025-10-12T09:00:30Z"));
    expect((await callOf("LATE")).status).toBe("completed");
    await log(event("incoming", "LATE", "2025-10-12T09:00:00Z"));
    expect(await callOf("LATE")).toMatchObject({ status: "missed", duration: 0 });
  });

  it("a repeated logId is stored once", async () => {
    const one = await log({ ...event("hold", "CAL", "2025-10-12T09:00:00Z"), logId: "log-own-1" });
    const two = await log({ ...event("unhold", "CAL", "2025-10-12T09:00:09Z"), logId: "log-own-1" });
    expect(one.json.logId).toBe("log-own-1");
    expect(two.json).toEqual({ success: true, logId: "log-own-1" });
    const db = await getDb();
    expect(await db.callEvent.count({ where: { tenantId: tenant.id, callSid: "CAL" } })).toBe(1);
  });

  it("concurrent events of one call make one call and lose no transition", async () => {
    const events = [
      event("incoming", "PAR", "2025-10-12T09:00:00Z", { callDirection: "inbound" }),
      event("connected", "PAR", "2025-10-12T09:00:03Z"),
      event("callEnded", "PAR", "2025-10-12T09:01:03Z"),
    ];
    const replies = await Promise.all([...events, ...events, ...events].map((e) => log(e)));
    expect(replies.map((r) => r.status)).toEqual(Array(9).fill(200));
    expect(new Set(replies.map((r) => r.json.logId)).size).toBe(3);
    const call = await callOf("PAR");
    expect(call).toMatchObject({ status: "completed", duration: 60, connected: true });
    const db = await getDb();
    expect(await db.call.count({ where: { tenantId: tenant.id } })).toBe(1);
    expect(await db.callEvent.count({ where: { tenantId: tenant.id } })).toBe(3);
    expect(await used()).toBe(1);
    expect(await db.outboxEvent.count({ where: { tenantId: tenant.id, type: "call.completed" } })).toBe(1);
  });

  it("concurrent calls of one new customer create the customer once", async () => {
    const replies = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        log(event("connected", `CC${i}`, "2025-10-12T09:00:00Z", { customerData: { customerId: "NEW1", name: "Nia", email: "nia@example.com" } })),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(6).fill(200));
    const db = await getDb();
    const customers = await db.customer.findMany({ where: { tenantId: tenant.id } });
    expect(customers).toHaveLength(1);
    expect(await db.call.count({ where: { tenantId: tenant.id, customerId: customers[0]!.id } })).toBe(6);
  });

  it("links an existing customer and never takes another customer's email", async () => {
    const db = await getDb();
    await log(event("connected", "E1", "2025-10-12T09:00:00Z", { customerData: { customerId: "A1", name: "Ann", email: "shared@example.com" } }));
    await log(event("connected", "E2", "2025-10-12T09:00:00Z", { customerData: { customerId: "B2", name: "Bob", email: "shared@example.com" } }));
    await log(event("connected", "E3", "2025-10-12T09:00:00Z", { customerData: { customerId: "A1", name: "Renamed" } }));
    const a = await db.customer.findFirstOrThrow({ where: { tenantId: tenant.id, externalId: "A1" } });
    const b = await db.customer.findFirstOrThrow({ where: { tenantId: tenant.id, externalId: "B2" } });
    expect(a).toMatchObject({ name: "Ann", email: "shared@example.com" });
    expect(b).toMatchObject({ name: "Bob", email: null });
    expect((await callOf("E3")).customerId).toBe(a.id);
  });

  it("counts each new call against the monthly limit and answers 429 when it is used up", async () => {
    const small = await createTestTenant({ monthlyCallLimit: 2 });
    const send = (callSid: string, name = "connected") => log(event(name, callSid, "2025-10-12T09:00:00Z"), small.key);
    expect((await send("L1")).status).toBe(200);
    expect((await send("L1", "callEnded")).status).toBe(200); // an event of a known call is not a new call
    expect((await send("L2")).status).toBe(200);
    const over = await send("L3");
    expect(over.status).toBe(429);
    expect(over.json).toEqual({ error: "Monthly call limit exceeded" });
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await send("L2", "callEnded")).status).toBe(200); // calls already counted still end
    const db = await getDb();
    expect(await db.call.count({ where: { tenantId: small.id } })).toBe(2);
    expect((await db.tenantUsage.findFirstOrThrow({ where: { tenantId: small.id } })).calls).toBe(2);
  });

  it("concurrent new calls never exceed the limit", async () => {
    const small = await createTestTenant({ monthlyCallLimit: 3 });
    const replies = await Promise.all(Array.from({ length: 8 }, (_, i) => log(event("connected", `R${i}`, "2025-10-12T09:00:00Z"), small.key)));
    expect(replies.filter((r) => r.status === 200)).toHaveLength(3);
    expect(replies.filter((r) => r.status === 429)).toHaveLength(5);
    const db = await getDb();
    expect(await db.call.count({ where: { tenantId: small.id } })).toBe(3);
  });

  it("refuses a domain the client does not allow with 403, and bad input with 400", async () => {
    const forbidden = await log({ ...event("connected", "D1", "2025-10-12T09:00:00Z"), domain: "evil.example" });
    expect(forbidden.status).toBe(403);
    expect(forbidden.json).toEqual({ error: "Domain not allowed" });
    expect((await log({ ...event("connected", "D1", "2025-10-12T09:00:00Z"), domain: "app.yourcrm.com" })).status).toBe(200);
    const noEvent = await log({ data: { callSid: "X" } });
    expect(noEvent.status).toBe(400);
    expect(noEvent.json.error).toContain("event");
    const noSid = await log({ event: "connected", data: {} });
    expect(noSid.status).toBe(400);
    expect(noSid.json.error).toContain("callSid");
    expect((await log({ event: "connected" })).status).toBe(400);
    expect((await log({ ...event("connected", "D2", "yesterday") })).status).toBe(400);
    expect((await log(event("connected", "D3", "2025-10-12T09:00:00Z"), "wrong")).json).toEqual({ error: "Invalid API key" });
    const db = await getDb();
    expect(await db.call.count({ where: { tenantId: tenant.id } })).toBe(1);
  });

  it("another tenant's call with the same callSid is a different call", async () => {
    const other = await createTestTenant();
    await log(event("connected", "SAME", "2025-10-12T09:00:00Z"), other.key);
    await log(event("callEnded", "SAME", "2025-10-12T09:01:00Z"));
    const mine = await callOf("SAME");
    expect(mine.status).toBe("completed");
    const db = await getDb();
    const theirs = await db.call.findUniqueOrThrow({ where: { tenantId_callSid: { tenantId: other.id, callSid: "SAME" } } });
    expect(theirs.status).toBe("active");
  });

  it("keeps the hourly rollup equal to a recount of the calls, whatever the order of events", async () => {
    const steps = [
      event("callEnded", "H1", "2025-10-12T10:05:00Z", { duration: 400 }), // alone: starts 09:58:20, completed 5m+
      event("connected", "H1", "2025-10-12T10:01:00Z", { callDirection: "outbound" }), // moves it to the 10:00 hour
      event("callEnded", "H2", "2025-10-12T11:00:30Z"),
      event("incoming", "H2", "2025-10-12T11:00:00Z"), // completed → missed
      event("connected", "H2", "2025-10-12T11:00:10Z"), // missed → completed, 20 s
      event("incoming", "H3", "2025-10-12T12:00:00Z"),
      event("hold", "H3", "2025-10-12T12:00:05Z"),
    ];
    await Promise.all(steps.slice(0, 2).map((e) => log(e)));
    for (const e of steps.slice(2)) await log(e);
    const db = await getDb();
    const snapshot = async () =>
      (await db.callHourlyStat.findMany({ where: { tenantId: tenant.id, calls: { gt: 0 } }, orderBy: { hour: "asc" } })).map((r) => ({
        ...r,
        totalDuration: Number(r.totalDuration),
      }));
    const kept = await snapshot();
    await rebuildCallRollups(db, tenant.id);
    expect(kept).toEqual(await snapshot());
    expect(kept.map((r) => [r.hour.toISOString(), r.calls, r.totalDuration, r.missed, r.b0, r.b4])).toEqual([
      ["2025-10-12T10:00:00.000Z", 1, 400, 0, 0, 1],
      ["2025-10-12T11:00:00.000Z", 1, 20, 0, 1, 0],
      ["2025-10-12T12:00:00.000Z", 1, 0, 0, 0, 0],
    ]);
    expect(await db.outboxEvent.count({ where: { tenantId: tenant.id, type: "call.completed" } })).toBe(2);
  });
});
