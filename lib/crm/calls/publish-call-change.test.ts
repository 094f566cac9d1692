import { describe, expect, it } from "vitest";
import { dialler, ribbon } from "@/lib/dialects";
import { getDb } from "@/lib/db/client";
import { liveBus, type LiveSignal } from "@/lib/live/live-bus";
import type { LiveEvent } from "@/lib/live/live-event";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";

// log-call publishes each change on the live bus after its commit (the tests' bus is PostgreSQL LISTEN/NOTIFY).
function listen(tenant: TestTenant): { events: LiveEvent[]; stop: () => void } {
  const events: LiveEvent[] = [];
  const stop = liveBus().subscribe(tenant.id, (signal: LiveSignal) => {
    if (signal.kind === "event") events.push(signal.event);
  });
  return { events, stop };
}
const log = (tenant: TestTenant, event: string, callSid: string, data: Record<string, unknown> = {}) =>
  callRoute(ribbon.logCall.handler, { path: "/api/ribbon/log-call", body: { apiKey: tenant.key, event, data: { callSid, ...data } } });
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe("live call events from log-call", () => {
  it("publishes call.updated when a call opens and when it ends (not for a repeated event), to its tenant only", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    const mine = listen(tenant);
    const theirs = listen(other);
    await settle();
    const opened = await log(tenant, "connected", "LIVE1", {
      phoneNumber: "+919876543210",
      callDirection: "inbound",
      customerData: { customerId: "C-LIVE", name: "Asha Rao" },
    });
    expect(opened.status).toBe(200);
    await expect.poll(() => mine.events.length).toBe(1);
    expect(mine.events[0]).toMatchObject({
      type: "call.updated",
      tenantId: tenant.id,
      event: "connected",
      created: true,
      call: {
        sessionId: "LIVE1",
        status: "active",
        direction: "inbound",
        phoneNumber: "+919876543210",
        customer: { customerId: "C-LIVE", name: "Asha Rao" },
        version: 1,
      },
    });
    await log(tenant, "callEnded", "LIVE1", { duration: 42 });
    await expect.poll(() => mine.events.length).toBe(2);
    // callEnded carried no customerData: the customer's name comes from the stored customer.
    expect(mine.events[1]).toMatchObject({
      event: "callEnded",
      created: false,
      call: { status: "completed", duration: 42, customer: { name: "Asha Rao" }, version: 2 },
    });
    const note = { path: "/api/ribbon/log-call", body: { apiKey: tenant.key, logId: "same", event: "note", data: { callSid: "LIVE1" } } };
    expect((await callRoute(ribbon.logCall.handler, note)).status).toBe(200);
    expect((await callRoute(ribbon.logCall.handler, note)).status).toBe(200);
    await settle();
    expect(mine.events).toHaveLength(3); // the note once, its repeat not at all
    expect(theirs.events).toEqual([]);
    mine.stop();
    theirs.stop();
  });

  it("publishes scheduled-calls.dialled when a call to a lead's number marks its scheduled call dialled", async () => {
    const tenant = await createTestTenant();
    const db = await getDb();
    const type = await db.leadType.create({ data: { tenantId: tenant.id, name: "motor-trade" } });
    await db.leadSubtype.create({ data: { tenantId: tenant.id, leadTypeId: type.id, name: "valeter" } });
    const added = await callRoute(dialler.addLead.handler, {
      path: `/lead/add?key=${tenant.key}`,
      body: { first_name: "John", surname: "Doe", mobile: "07840258823", email: "john.doe@example.com", type: "motor-trade", subtype: "valeter", delays: 600 },
    });
    expect(added.json).toEqual({ saved: true, processed: true });
    const scheduled = await db.scheduledCall.findFirstOrThrow({ where: { tenantId: tenant.id } });
    const live = listen(tenant);
    await settle();
    await log(tenant, "connected", "DIAL-LIVE", { phoneNumber: "0784 025 8823", callDirection: "outbound" });
    await expect
      .poll(() => live.events.find((e) => e.type === "scheduled-calls.dialled"))
      .toMatchObject({
        scheduledCallIds: [scheduled.id],
        leadIds: [scheduled.leadId],
        sessionId: "DIAL-LIVE",
      });
    live.stop();
  });
});
