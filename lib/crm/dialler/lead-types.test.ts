import { describe, expect, it } from "vitest";
import { dialler, ribbon } from "@/lib/dialects";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { setTelephonyCredentials } from "../tenants/set-telephony-credentials";
import { listLeadTypes } from "./list-lead-types";
import { removeLeadType } from "./remove-lead-type";
import { saveLeadType } from "./save-lead-type";

const lead = { first_name: "Jo", surname: "Bloggs", mobile: "07840111222", email: "jo@example.com", type: "motor-trade", subtype: "valeter" };

describe("command-line tasks: lead types and telephony credentials", () => {
  it("manages lead types and subtypes that /lead/add and /lead/cancel read", async () => {
    const tenant = await createTestTenant();
    const add = (body: unknown) => callRoute(dialler.addLead.handler, { path: `/lead/add?key=${tenant.key}`, body });
    expect((await add(lead)).json).toEqual({ saved: true, processed: false, error: "Unknown Type" });
    expect(await saveLeadType(tenant.ctx, { name: "motor-trade", subtypes: ["valeter", "dealer"] })).toMatchObject({ created: true });
    expect(await saveLeadType(tenant.ctx, { name: "motor-trade", subtypes: ["valeter"] })).toMatchObject({ created: false });
    expect(await listLeadTypes(tenant.ctx)).toEqual([
      {
        id: expect.any(String),
        name: "motor-trade",
        description: null,
        active: true,
        subtypes: ["dealer", "valeter"],
        subtypeList: [expect.objectContaining({ name: "dealer", active: true }), expect.objectContaining({ name: "valeter", active: true })],
        scheduledCalls: 0,
      },
    ]);
    expect((await add({ ...lead, mobile: "07840111333" })).json).toEqual({ saved: true, processed: true });
    expect((await listLeadTypes(tenant.ctx))[0]!.scheduledCalls).toBe(1);
    await removeLeadType(tenant.ctx, { name: "motor-trade", subtype: "dealer" });
    expect((await listLeadTypes(tenant.ctx))[0]!.subtypes).toEqual(["valeter"]);
    await removeLeadType(tenant.ctx, { name: "motor-trade" });
    expect((await listLeadTypes(tenant.ctx))[0]!.active).toBe(false);
    const cancel = await callRoute(dialler.cancelLead.handler, {
      path: `/lead/cancel?key=${tenant.key}`,
      body: { type: "motor-trade", mobile: "07840111333" },
    });
    expect(cancel.json).toEqual({ cancelled: false, warning: "server error (call group)" });
    await expect(removeLeadType(tenant.ctx, { name: "boats" })).rejects.toThrow("not found");
    await expect(saveLeadType(tenant.ctx, { name: "bad/name" })).rejects.toThrow("not a valid type name");
  });

  it("sets the telephony credentials init hands out, encrypted", async () => {
    const tenant = await createTestTenant();
    const init = () => callRoute(ribbon.init.handler, { path: "/api/ribbon/init", body: { apiKey: tenant.key, domain: "example.com" } });
    expect((await init()).json).toMatchObject({ exotelToken: null, userId: null });
    await setTelephonyCredentials(tenant.ctx, { token: "tok-9", userId: "user-9" });
    expect((await init()).json).toMatchObject({ exotelToken: "tok-9", userId: "user-9" });
    await setTelephonyCredentials(tenant.ctx, null);
    expect((await init()).json).toMatchObject({ exotelToken: null, userId: null });
  });
});
