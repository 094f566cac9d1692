import { beforeEach, describe, expect, it } from "vitest";
import { dialler } from "@/lib/dialects";
import { getDb } from "@/lib/db/client";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";

const submission = {
  first_name: "John",
  surname: "Doe",
  mobile: "07840258823",
  email: "john.doe@example.com",
  type: "motor-trade",
  subtype: "valeter",
  delays: 600,
  data: '{"vehicle_make":"Ford","addresss":"123 Greenacre Road"}',
};

describe("dialler: POST /lead/add", () => {
  let tenant: TestTenant;
  const add = (body: unknown, key = tenant.key) => callRoute(dialler.addLead.handler, { path: `/lead/add?key=${key}`, body });

  beforeEach(async () => {
    tenant = await createTestTenant();
    const db = await getDb();
    const type = await db.leadType.create({ data: { tenantId: tenant.id, name: "motor-trade" } });
    await db.leadSubtype.create({ data: { tenantId: tenant.id, leadTypeId: type.id, name: "valeter" } });
  });

  it("saves the lead, keeps `data` as custom fields and schedules a call after `delays`", async () => {
    const before = Date.now();
    const reply = await add(submission);
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ saved: true, processed: true });
    const db = await getDb();
    const lead = await db.lead.findFirstOrThrow({ where: { tenantId: tenant.id }, include: { leadType: true, leadSubtype: true, scheduledCalls: true } });
    expect(lead).toMatchObject({ name: "John Doe", firstName: "John", lastName: "Doe", email: "john.doe@example.com", phoneNormalized: "07840258823" });
    expect(lead.customFields).toMatchObject({ vehicle_make: "Ford", addresss: "123 Greenacre Road" });
    expect(lead.leadType?.name).toBe("motor-trade");
    expect(lead.leadSubtype?.name).toBe("valeter");
    expect(lead.scheduledCalls).toHaveLength(1);
    const delay = lead.scheduledCalls[0]!.scheduledFor.getTime() - before;
    expect(delay).toBeGreaterThanOrEqual(599_000);
    expect(delay).toBeLessThan(610_000);
  });

  it("answers the seed's fail states", async () => {
    expect((await add(submission)).json).toEqual({ saved: true, processed: true });
    expect((await add({ ...submission, mobile: "0784 025 8823" })).json).toEqual({ saved: true, processed: false, error: "Another call is already scheduled" });
    const db = await getDb();
    await db.scheduledCall.updateMany({ where: { tenantId: tenant.id }, data: { status: "processed", processedAt: new Date() } });
    expect((await add(submission)).json).toEqual({ saved: true, processed: false, error: "Existing Contact" });
    expect((await add({ ...submission, mobile: "07000000001", type: "boats" })).json).toEqual({ saved: true, processed: false, error: "Unknown Type" });
    expect(await db.lead.count({ where: { tenantId: tenant.id } })).toBe(2);
  });

  it("validates like the seed: field maps with numbered messages, status 400", async () => {
    const missing = await add({ first_name: "John" });
    expect(missing.status).toBe(400);
    expect(missing.json).toMatchObject({
      email: { "0": "Email cannot be blank." },
      surname: { "0": "Surname cannot be blank." },
      mobile: { "0": "Mobile cannot be blank." },
      type: { "0": "Type cannot be blank." },
    });
    const empty = await callRoute(dialler.addLead.handler, { path: `/lead/add?key=${tenant.key}`, method: "POST" });
    expect(empty.status).toBe(400);
    expect(Object.keys(empty.json).sort()).toEqual(["email", "first_name", "mobile", "surname", "type"]);
    const badData = await add({ ...submission, data: "{not json" });
    expect(badData.json).toEqual({ data: { "0": "Empty or invalid content of `data` field" } });
    const emptyData = await add({ ...submission, data: "" });
    expect(emptyData.json).toEqual({ data: { "0": "Empty or invalid content of `data` field" } });
    const badEmail = await add({ ...submission, email: "nope" });
    expect(badEmail.json).toEqual({ email: { "0": "Email is not a valid email address." } });
    const badMobile = await add({ ...submission, mobile: "call me" });
    expect(badMobile.json).toEqual({ mobile: { "0": "Mobile is not a valid phone number." } });
    const db = await getDb();
    expect(await db.lead.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it("test mode validates without saving", async () => {
    const reply = await add({ ...submission, test: true });
    expect(reply.json).toEqual({ test: "ok" });
    const asString = await add({ ...submission, test: "true" });
    expect(asString.json).toEqual({ test: "ok" });
    const db = await getDb();
    expect(await db.lead.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it("schedules one call when the same lead is submitted concurrently", async () => {
    const replies = await Promise.all(Array.from({ length: 5 }, () => add(submission)));
    expect(replies.filter((r) => r.json.processed === true)).toHaveLength(1);
    const db = await getDb();
    expect(await db.scheduledCall.count({ where: { tenantId: tenant.id } })).toBe(1);
    expect(await db.lead.count({ where: { tenantId: tenant.id } })).toBe(1);
  });
});
