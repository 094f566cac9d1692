import { describe, expect, it } from "vitest";
import { getCrmLead } from "@/lib/dialects/crm/get-lead";
import { addDiallerLead } from "@/lib/dialects/dialler/add-lead";
import { getRibbonConfig } from "@/lib/dialects/ribbon/config";
import { getSuiteCustomer } from "@/lib/dialects/suite/get-customer";
import { createGatewayLead } from "@/lib/dialects/gateway/create-lead";
import { callRoute } from "@/lib/testing/call-route";
import { bindRoute } from "./bind-route";

describe("bindRoute", () => {
  it("answers a method the path does not serve with 405, Allow and the dialect's envelope", async () => {
    const cases = [
      { route: bindRoute(getCrmLead), path: "/dev/crm/leads/x", body: { message: expect.stringContaining("DELETE") } },
      { route: bindRoute(addDiallerLead), path: "/lead/add", body: { error: expect.stringContaining("DELETE") } },
      { route: bindRoute(getRibbonConfig), path: "/api/ribbon/config", body: { error: expect.stringContaining("DELETE") } },
      { route: bindRoute(getSuiteCustomer), path: "/api/v2/customers/1", body: { success: false, message: expect.stringContaining("DELETE") } },
      { route: bindRoute(createGatewayLead), path: "/api/leads", body: { error: expect.objectContaining({ code: "METHOD_NOT_ALLOWED" }) } },
    ];
    for (const { route, path, body } of cases) {
      const reply = await callRoute(route.DELETE, { method: "DELETE", path });
      expect(reply.status).toBe(405);
      expect(reply.json).toEqual(body);
      expect(reply.headers.get("allow")).toBe(route === cases[0]!.route ? "GET" : reply.headers.get("allow"));
    }
    const dialler = await callRoute(bindRoute(addDiallerLead).GET, { path: "/lead/add" });
    expect(dialler.headers.get("allow")).toBe("POST");
  });

  it("refuses to bind endpoints of different paths", () => {
    expect(() => bindRoute(getCrmLead, addDiallerLead)).toThrow(/different paths/);
  });
});
