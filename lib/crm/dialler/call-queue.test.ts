import { describe, expect, it } from "vitest";
import { dialler, ribbon } from "@/lib/dialects";
import { createUser } from "@/lib/crm/users/create-user";
import { getDb } from "@/lib/db/client";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";
import type { CrmContext } from "../context";
import { addLeadSubtype } from "./add-lead-subtype";
import { cancelQueuedCall } from "./cancel-queued-call";
import { listCallQueue } from "./list-call-queue";
import { listLeadTypes } from "./list-lead-types";
import { renameLeadType } from "./rename-lead-type";
import { rescheduleQueuedCall } from "./reschedule-queued-call";
import { saveLeadType } from "./save-lead-type";
import { setLeadTypeActive } from "./set-lead-type-active";

const lead = (mobile: string, delays = 0) => ({
  first_name: "Jo",
  surname: `Caller ${mobile}`,
  mobile,
  email: `${mobile}@example.com`,
  type: "motor-trade",
  subtype: "valeter",
  delays,
});

async function tenantWithType(): Promise<TestTenant> {
  const tenant = await createTestTenant();
  await saveLeadType(tenant.ctx, { name: "motor-trade", subtypes: ["valeter"] });
  return tenant;
}

const add = (tenant: TestTenant, body: unknown) => callRoute(dialler.addLead.handler, { path: `/lead/add?key=${tenant.key}`, body });

async function userCtx(tenant: TestTenant, role: "rep" | "admin" | "analyst"): Promise<CrmContext> {
  const user = await createUser(tenant.ctx, { name: role, email: `${role}-${tenant.clientId}@example.com`, password: "long-enough-pass", role });
  return { tenantId: tenant.id, actor: { type: "user", id: user.id, role } };
}

describe("call queue", () => {
  it("lists scheduled calls oldest due first, pages by keyset, counts due and later", async () => {
    const tenant = await tenantWithType();
    for (const [mobile, delays] of [
      ["07840000003", 3600],
      ["07840000001", 0],
      ["07840000002", 0],
    ] as const)
      await add(tenant, lead(mobile, delays));
    const first = await listCallQueue(tenant.ctx, { limit: 2 }, new Date(Date.now() + 1000));
    expect(first.counts).toEqual({ due: 2, later: 1 });
    expect(first.items.map((i) => [i.phone, i.due, i.type, i.subtype, i.attempts])).toEqual([
      ["07840000001", true, "motor-trade", "valeter", 0],
      ["07840000002", true, "motor-trade", "valeter", 0],
    ]);
    const second = await listCallQueue(tenant.ctx, { limit: 2, cursor: first.nextCursor }, new Date(Date.now() + 1000));
    expect(second.items.map((i) => [i.phone, i.due])).toEqual([["07840000003", false]]);
    expect(second.nextCursor).toBeNull();
    // Another tenant sees none of it.
    expect((await listCallQueue((await tenantWithType()).ctx)).items).toEqual([]);
  });

  it("cancels and reschedules like /lead/cancel; a logged call marks the item dialled", async () => {
    const tenant = await tenantWithType();
    await add(tenant, lead("07840111001"));
    await add(tenant, lead("07840111002"));
    const [a, b] = (await listCallQueue(tenant.ctx)).items;
    const later = new Date(Date.now() + 2 * 3600_000);
    expect(await rescheduleQueuedCall(tenant.ctx, a!.id, { scheduledFor: later.toISOString() })).toEqual({ scheduledFor: later, attempts: 1 });
    await expect(rescheduleQueuedCall(tenant.ctx, a!.id, { scheduledFor: "2001-01-01T00:00:00Z" })).rejects.toThrow("from now on");
    await expect(rescheduleQueuedCall(tenant.ctx, a!.id, { scheduledFor: "not a date" })).rejects.toThrow("Enter a date");
    await cancelQueuedCall(tenant.ctx, b!.id);
    await expect(cancelQueuedCall(tenant.ctx, b!.id)).rejects.toThrow("cancelled");
    const cancel = await callRoute(dialler.cancelLead.handler, {
      path: `/lead/cancel?key=${tenant.key}`,
      body: { type: "motor-trade", mobile: "07840111002" },
    });
    expect(cancel.json).toEqual({ cancelled: false, warning: "not found" });
    // A ribbon call to the rescheduled number dials it.
    const logged = await callRoute(ribbon.logCall.handler, {
      path: "/api/ribbon/log-call",
      body: { apiKey: tenant.key, event: "connected", data: { callSid: "q-1", phoneNumber: "07840 111001", callDirection: "outbound" } },
    });
    expect(logged.status).toBe(200);
    expect((await listCallQueue(tenant.ctx)).items).toEqual([]);
    await expect(cancelQueuedCall(tenant.ctx, a!.id)).rejects.toThrow("already dialled");
    await expect(cancelQueuedCall(tenant.ctx, "not-a-uuid")).rejects.toThrow("not found");
    await expect(cancelQueuedCall((await tenantWithType()).ctx, a!.id)).rejects.toThrow("not found");
  });

  it("shows reps their own and unassigned leads' calls; analysts cannot change them", async () => {
    const tenant = await tenantWithType();
    await add(tenant, lead("07840222001"));
    await add(tenant, lead("07840222002"));
    const rep = await userCtx(tenant, "rep");
    const other = await userCtx(tenant, "admin");
    const db = await getDb();
    await db.lead.updateMany({ where: { tenantId: tenant.id, phoneNormalized: "07840222002" }, data: { assignedToId: other.actor.id } });
    const items = (await listCallQueue(rep)).items;
    expect(items.map((i) => i.phone)).toEqual(["07840222001"]);
    const hidden = (await listCallQueue(other)).items.find((i) => i.phone === "07840222002")!;
    await expect(cancelQueuedCall(rep, hidden.id)).rejects.toThrow("not found");
    await expect(cancelQueuedCall(await userCtx(tenant, "analyst"), items[0]!.id)).rejects.toThrow("Analysts");
  });
});

describe("lead types in settings", () => {
  it("adds, renames and disables types and subtypes, and /lead/add follows at once", async () => {
    const tenant = await tenantWithType();
    const [type] = await listLeadTypes(tenant.ctx);
    await addLeadSubtype(tenant.ctx, { typeId: type!.id, name: "dealer" });
    await expect(addLeadSubtype(tenant.ctx, { typeId: type!.id, name: "dealer" })).rejects.toThrow("already has");
    await expect(addLeadSubtype(tenant.ctx, { typeId: type!.id, name: "bad/name" })).rejects.toThrow("not a valid");
    const dealer = (await listLeadTypes(tenant.ctx))[0]!.subtypeList.find((s) => s.name === "dealer")!;
    await renameLeadType(tenant.ctx, { typeId: type!.id, subtypeId: dealer.id, name: "main-dealer" });
    await setLeadTypeActive(tenant.ctx, { typeId: type!.id, subtypeId: dealer.id, active: false });
    expect((await listLeadTypes(tenant.ctx))[0]!.subtypes).toEqual(["valeter"]);
    await renameLeadType(tenant.ctx, { typeId: type!.id, name: "cars" });
    expect((await add(tenant, lead("07840333001"))).json).toEqual({ saved: true, processed: false, error: "Unknown Type" });
    expect((await add(tenant, { ...lead("07840333002"), type: "cars" })).json).toEqual({ saved: true, processed: true });
    await setLeadTypeActive(tenant.ctx, { typeId: type!.id, active: false });
    expect((await add(tenant, { ...lead("07840333003"), type: "cars" })).json).toEqual({ saved: true, processed: false, error: "Unknown Type" });
    const rep = await userCtx(tenant, "rep");
    await expect(setLeadTypeActive(rep, { typeId: type!.id, active: true })).rejects.toThrow("Only admins");
    await expect(renameLeadType((await tenantWithType()).ctx, { typeId: type!.id, name: "x" })).rejects.toThrow("not found");
  });
});
