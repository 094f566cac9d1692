import { describe, expect, it } from "vitest";
import { GET as docs } from "@/app/api/docs/[document]/route";
import { crm } from "@/lib/dialects";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

describe("crm: lead value", () => {
  it("takes value on create and update, answers it as a number or null, and exports it exactly", async () => {
    const tenant = await createTestTenant();
    const created = await callRoute(crm.createLead.handler, {
      path: "/dev/crm/leads",
      headers: bearer(tenant.key),
      body: { name: "Deal", email: "deal@example.com", value: 12500.5 },
    });
    expect(created.status).toBe(201);
    expect(created.json.value).toBe(12500.5);
    const id = created.json.id as string;

    const put = (body: unknown) =>
      callRoute(crm.updateLead.handler, { method: "PUT", path: `/dev/crm/leads/${id}`, headers: bearer(tenant.key), params: { leadId: id }, body });
    expect((await put({ value: 0.1 })).json.value).toBe(0.1);
    expect((await put({ status: "contacted" })).json.value).toBe(0.1);
    expect((await put({ value: null })).json.value).toBeNull();
    expect((await put({ value: 99 })).json.value).toBe(99);

    const fetched = await callRoute(crm.getLead.handler, { path: `/dev/crm/leads/${id}`, headers: bearer(tenant.key), params: { leadId: id } });
    expect(fetched.json.value).toBe(99);
    const plain = await callRoute(crm.createLead.handler, {
      path: "/dev/crm/leads",
      headers: bearer(tenant.key),
      body: { name: "No value", email: "nv@example.com" },
    });
    expect(plain.json.value).toBeNull();

    const exported = await callRoute(crm.exportLeads.handler, { path: "/dev/crm/leads/export", headers: bearer(tenant.key) });
    const [header, ...rows] = exported.text.trim().split("\r\n");
    const column = header!.split(",").indexOf("value");
    expect(column).toBeGreaterThan(0);
    expect(rows.map((row) => row.split(",")[column]).sort()).toEqual(["", "99.00"]);
  });

  it("rejects a negative value, more than 2 decimals, a string or a value too large with 400 naming the field", async () => {
    const tenant = await createTestTenant();
    for (const value of [-1, 10.005, "100", 1e13]) {
      const reply = await callRoute(crm.createLead.handler, {
        path: "/dev/crm/leads",
        headers: bearer(tenant.key),
        body: { name: "Bad", email: `bad-${String(value)}@example.com`, value },
      });
      expect(reply.status, String(value)).toBe(400);
      expect(reply.json.message).toMatch(/value/i);
    }
  });

  it("describes value in the OpenAPI document's lead schemas (request and response)", async () => {
    const response = await docs(new Request("http://localhost/api/docs/crm.json"), { params: Promise.resolve({ document: "crm.json" }) });
    const text = JSON.stringify((await response.json()).paths["/dev/crm/leads"]);
    expect(text).toContain("Expected deal value: a number of 0 or more");
    expect(text).toContain("Expected deal value (2 decimals)");
  });
});
