import { beforeEach, describe, expect, it } from "vitest";
import { dialler, ribbon } from "@/lib/dialects";
import { getDb } from "@/lib/db/client";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";

const lead = { first_name: "John", surname: "Doe", mobile: "07840258823", email: "john.doe@example.com", type: "motor-trade", subtype: "valeter", delays: 600 };

async function withTypes(tenant: TestTenant): Promise<void> {
  const db = await getDb();
  const type = await db.leadType.create({ data: { tenantId: tenant.id, name: "motor-trade" } });
  await db.leadSubtype.create({ data: { tenantId: tenant.id, leadTypeId: type.id, name: "valeter" } });
}

describe("dialler: POST /lead/cancel", () => {
  let tenant: TestTenant;
  const add = (body: unknown, key = tenant.key) => callRoute(dialler.addLead.handler, { path: `/lead/add?key=${key}`, body });
  const cancel = (body: unknown, key = tenant.key) => callRoute(dialler.cancelLead.handler, { path: `/lead/cancel?key=${key}`, body });
  const scheduled = async (tenantId = tenant.id) =>
    (await getDb()).scheduledCall.findMany({ where: { tenantId }, select: { status: true, cancelledAt: true, processedAt: true, callId: true } });

  beforeEach(async () => {
    tenant = await createTestTenant();
    await withTypes(tenant);
  });

  it('cancels a scheduled call: {"cancelled": true}, then "not found"', async () => {
    expect((await add(lead)).json).toEqual({ saved: true, processed: true });
    const reply = await cancel({ mobile: "07840 258823", type: "motor-trade" });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ cancelled: true });
    expect((await scheduled())[0]).toMatchObject({ status: "cancelled", cancelledAt: expect.any(Date) });
    expect((await cancel({ mobile: "07840258823", type: "motor-trade" })).json).toEqual({ cancelled: false, warning: "not found" });
    // the lead itself stays: submitting it again is an existing contact
    expect((await add(lead)).json).toEqual({ saved: true, processed: false, error: "Existing Contact" });
  });

  it("answers the seed's warnings for an unknown type and an unknown number", async () => {
    await add(lead);
    expect((await cancel({ mobile: "07840258823", type: "boats" })).json).toEqual({ cancelled: false, warning: "server error (call group)" });
    expect((await cancel({ mobile: "07000000000", type: "motor-trade" })).json).toEqual({ cancelled: false, warning: "not found" });
    expect((await scheduled())[0]!.status).toBe("scheduled");
  });

  it("another tenant's lead is not found and stays scheduled", async () => {
    await add(lead);
    const other = await createTestTenant();
    await withTypes(other);
    const reply = await cancel({ mobile: "07840258823", type: "motor-trade" }, other.key);
    expect(reply.json).toEqual({ cancelled: false, warning: "not found" });
    expect((await scheduled())[0]!.status).toBe("scheduled");
  });

  it("missing fields answer the seed's field-map 400; a bad key 401", async () => {
    const missing = await cancel({});
    expect(missing.status).toBe(400);
    expect(missing.json).toEqual({ type: { "0": "Type cannot be blank." }, mobile: { "0": "Mobile cannot be blank." } });
    const badMobile = await cancel({ type: "motor-trade", mobile: "call me" });
    expect(badMobile.json).toEqual({ mobile: { "0": "Mobile is not a valid phone number." } });
    expect((await cancel({ type: "motor-trade", mobile: "07840258823" }, "wrong")).status).toBe(401);
  });

  it('a ribbon call to the lead\'s number marks the call processed: cancel is "already processed", add is "Existing Contact"', async () => {
    await add(lead);
    const logged = await callRoute(ribbon.logCall.handler, {
      path: "/api/ribbon/log-call",
      body: {
        apiKey: tenant.key,
        event: "connected",
        timestamp: "2025-10-12T10:30:00Z",
        data: { callSid: "DIAL1", phoneNumber: "0784 025 8823", callDirection: "outbound" },
      },
    });
    expect(logged.status).toBe(200);
    const [row] = await scheduled();
    expect(row).toMatchObject({ status: "processed", processedAt: expect.any(Date), callId: expect.any(String) });
    const db = await getDb();
    const call = await db.call.findFirstOrThrow({ where: { tenantId: tenant.id, callSid: "DIAL1" }, include: { lead: true } });
    expect(call.lead?.phoneNormalized).toBe("07840258823");
    expect((await cancel({ mobile: "07840258823", type: "motor-trade" })).json).toEqual({ cancelled: false, warning: "already processed" });
    expect((await add(lead)).json).toEqual({ saved: true, processed: false, error: "Existing Contact" });
  });

  it("a call logged by another tenant to the number leaves this tenant's lead scheduled", async () => {
    await add(lead);
    const other = await createTestTenant();
    await callRoute(ribbon.logCall.handler, {
      path: "/api/ribbon/log-call",
      body: { apiKey: other.key, event: "connected", data: { callSid: "DIAL2", phoneNumber: "07840258823" } },
    });
    expect((await scheduled())[0]!.status).toBe("scheduled");
    expect((await cancel({ mobile: "07840258823", type: "motor-trade" })).json).toEqual({ cancelled: true });
  });
});
