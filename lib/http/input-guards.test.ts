import { describe, expect, it } from "vitest";
import { crm, dialler, gateway, ribbon, suite } from "@/lib/dialects";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { jsonDepthExceeds } from "./input-guards";

const NUL = "\u0000";

describe("NUL characters are refused at the boundary with 400 in each dialect's envelope", () => {
  it("in JSON bodies (gateway POST /api/leads name and notes)", async () => {
    const tenant = await createTestTenant();
    for (const body of [
      { name: `A${NUL}B`, email: "a@example.com", source: "website" },
      { name: "A", email: "a@example.com", source: "website", notes: `x${NUL}` },
    ]) {
      const reply = await callRoute(gateway.createLead.handler, { path: "/api/leads", headers: { "X-API-Key": tenant.key }, body });
      expect(reply.status).toBe(400);
      expect(reply.json.error).toMatchObject({ code: "BAD_REQUEST", details: [{ message: "must not contain NUL (U+0000) characters" }] });
    }
  });

  it("in the dialler's data and fields", async () => {
    const tenant = await createTestTenant();
    const reply = await callRoute(dialler.addLead.handler, {
      path: `/lead/add?key=${tenant.key}`,
      body: { first_name: `Jo${NUL}hn`, surname: "Doe", mobile: "07840258823", type: "motor-trade", data: "{}" },
    });
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({ first_name: { "0": "must not contain NUL (U+0000) characters" } });
  });

  it("in query strings (suite ?search=a%00b, crm ?status=) and path parameters", async () => {
    const tenant = await createTestTenant();
    const s = await callRoute(suite.listCustomers.handler, { path: "/api/v2/customers?search=a%00b", headers: { "X-API-Key": tenant.key } });
    expect(s.status).toBe(400);
    expect(s.json).toMatchObject({ success: false, message: "Validation failed" });
    const c = await callRoute(crm.listLeads.handler, { path: "/dev/crm/leads?status=new%00", headers: { Authorization: `Bearer ${tenant.key}` } });
    expect(c.status).toBe(400);
    expect(c.json.message).toContain("NUL");
    const p = await callRoute(crm.getLead.handler, {
      path: "/dev/crm/leads/a%00b",
      headers: { Authorization: `Bearer ${tenant.key}` },
      params: { leadId: `a${NUL}b` },
    });
    expect(p.status).toBe(400);
  });

  it("in the ribbon's body, key names included", async () => {
    const tenant = await createTestTenant();
    const reply = await callRoute(ribbon.init.handler, { path: "/api/ribbon/init", body: { apiKey: tenant.key, domain: "yourcrm.com", [`x${NUL}`]: 1 } });
    expect(reply.status).toBe(400);
    expect(reply.json.error).toContain("NUL");
  });
});

describe("JSON nesting deeper than 32 levels is refused with 400", () => {
  it("a 200,000-deep array answers 400, not a stack overflow", async () => {
    const tenant = await createTestTenant();
    const deep = `{"name":"A","email":"a@example.com","source":"website","notes":${"[".repeat(200_000)}${"]".repeat(200_000)}}`;
    const reply = await callRoute(gateway.createLead.handler, { path: "/api/leads", headers: { "X-API-Key": tenant.key }, body: deep });
    expect(reply.status).toBe(400);
    expect(reply.json.error).toMatchObject({ code: "BAD_REQUEST", message: "JSON nested deeper than 32 levels" });
    const crmDeep = await callRoute(dialler.addLead.handler, { path: `/lead/add?key=${tenant.key}`, body: "[".repeat(40) + "]".repeat(40) });
    expect(crmDeep.status).toBe(400);
  });

  it("counts brackets outside strings only, and allows 32 levels", () => {
    expect(jsonDepthExceeds(`${"[".repeat(32)}${"]".repeat(32)}`)).toBe(false);
    expect(jsonDepthExceeds(`${"[".repeat(33)}${"]".repeat(33)}`)).toBe(true);
    expect(jsonDepthExceeds(`{"a":"${"[".repeat(100)}\\"${"{".repeat(100)}"}`)).toBe(false);
  });
});
