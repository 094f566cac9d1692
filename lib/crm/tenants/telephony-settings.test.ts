import { describe, expect, it } from "vitest";
import { ribbon } from "@/lib/dialects";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { getTelephonySettings } from "./get-telephony-settings";
import { addAllowedDomain } from "./add-allowed-domain";
import { removeAllowedDomain } from "./remove-allowed-domain";
import { setRibbonFeatures } from "./set-ribbon-features";
import { setTelephonyCredentials } from "./set-telephony-credentials";

describe("telephony settings", () => {
  it("domains, features and credentials change what init and log-call answer at once", async () => {
    const tenant = await createTestTenant({ allowedDomains: ["yourcrm.com"] });
    const init = (domain: string) => callRoute(ribbon.init.handler, { path: "/api/ribbon/init", body: { apiKey: tenant.key, domain } });
    const log = (domain: string) =>
      callRoute(ribbon.logCall.handler, {
        path: "/api/ribbon/log-call",
        body: { apiKey: tenant.key, event: "connected", domain, data: { callSid: `s-${domain}` } },
      });
    expect((await init("shop.example")).status).toBe(403);
    expect((await log("shop.example")).status).toBe(403);
    expect(await addAllowedDomain(tenant.ctx, " Shop.Example ")).toEqual(["yourcrm.com", "shop.example"]);
    expect((await init("app.shop.example")).status).toBe(200);
    expect((await log("shop.example")).status).toBe(200);
    await expect(addAllowedDomain(tenant.ctx, "shop.example")).rejects.toThrow("already allowed");
    for (const bad of ["https://x.com", "x.com/path", "*.x.com", "x..com", "x.com:80", ""]) await expect(addAllowedDomain(tenant.ctx, bad)).rejects.toThrow();
    expect(await removeAllowedDomain(tenant.ctx, "shop.example")).toEqual(["yourcrm.com"]);
    expect((await log("shop.example")).status).toBe(403);

    expect(await setRibbonFeatures(tenant.ctx, ["dtmf", "call"])).toEqual(["call", "dtmf"]);
    await expect(setRibbonFeatures(tenant.ctx, ["teleport"])).rejects.toThrow("Unknown ribbon feature");
    expect((await init("yourcrm.com")).json).toMatchObject({ features: ["call", "dtmf"], exotelToken: null });

    await setTelephonyCredentials(tenant.ctx, { token: "tok-1", userId: "usr-1" });
    const settings = await getTelephonySettings(tenant.ctx);
    expect(settings).toMatchObject({ telephonyTokenSet: true, telephonyUserIdSet: true, allowedDomains: ["yourcrm.com"], features: ["call", "dtmf"] });
    expect(JSON.stringify(settings)).not.toContain("tok-1");
    expect((await init("yourcrm.com")).json).toMatchObject({ exotelToken: "tok-1", userId: "usr-1" });
    await expect(getTelephonySettings({ tenantId: tenant.id, actor: { type: "user", id: "u", role: "manager" } })).rejects.toThrow("Only admins");
  });
});
