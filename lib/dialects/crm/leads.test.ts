import { describe, expect, it } from "vitest";
import { crm } from "@/lib/dialects";
import { createLead } from "@/lib/crm/leads/create-lead";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

describe("crm: leads", () => {
  it("answers 404 for another tenant's lead, exactly as for a missing one", async () => {
    const owner = await createTestTenant();
    const stranger = await createTestTenant();
    const lead = await createLead(owner.ctx, { name: "Private Lead", email: "p@example.com" });
    const foreign = await callRoute(crm.getLead.handler, { path: `/dev/crm/leads/${lead.id}`, headers: bearer(stranger.key), params: { leadId: lead.id } });
    const missing = await callRoute(crm.getLead.handler, {
      path: "/dev/crm/leads/00000000-0000-7000-8000-000000000000",
      headers: bearer(stranger.key),
      params: { leadId: "00000000-0000-7000-8000-000000000000" },
    });
    expect(foreign.status).toBe(404);
    expect(foreign.json).toEqual({ message: "Lead not found" });
    expect(missing.json).toEqual(foreign.json);
    const notAnId = await callRoute(crm.getLead.handler, { path: "/dev/crm/leads/42", headers: bearer(stranger.key), params: { leadId: "42" } });
    expect(notAnId.status).toBe(404);
  });

  it("lists newest first a page at a time by cursor, filtered by status", async () => {
    const tenant = await createTestTenant();
    for (let i = 0; i < 5; i++) await createLead(tenant.ctx, { name: `Lead ${i}`, email: `l${i}@example.com`, status: i % 2 ? "qualified" : "new" });
    const first = await callRoute(crm.listLeads.handler, { path: "/dev/crm/leads?limit=2", headers: bearer(tenant.key) });
    expect(first.status).toBe(200);
    expect(first.json.data.map((l: { name: string }) => l.name)).toEqual(["Lead 4", "Lead 3"]);
    const second = await callRoute(crm.listLeads.handler, {
      path: `/dev/crm/leads?limit=2&cursor=${first.json.pagination.next_cursor}`,
      headers: bearer(tenant.key),
    });
    expect(second.json.data.map((l: { name: string }) => l.name)).toEqual(["Lead 2", "Lead 1"]);
    const third = await callRoute(crm.listLeads.handler, {
      path: `/dev/crm/leads?limit=2&cursor=${second.json.pagination.next_cursor}`,
      headers: bearer(tenant.key),
    });
    expect(third.json.data.map((l: { name: string }) => l.name)).toEqual(["Lead 0"]);
    expect(third.json.pagination.next_cursor).toBeNull();

    const qualified = await callRoute(crm.listLeads.handler, { path: "/dev/crm/leads?status=qualified", headers: bearer(tenant.key) });
    expect(qualified.json.data).toHaveLength(2);
  });

  it("answers bad query parameters with 400 and the seed's message", async () => {
    const tenant = await createTestTenant();
    const badStatus = await callRoute(crm.listLeads.handler, { path: "/dev/crm/leads?status=dead&limit=0", headers: bearer(tenant.key) });
    expect(badStatus.status).toBe(400);
    expect(badStatus.json.message).toMatch(/^Invalid request parameters: /);
    expect(badStatus.json.message).toContain("status");
    expect(badStatus.json.message).toContain("limit");
    const badCursor = await callRoute(crm.listLeads.handler, { path: "/dev/crm/leads?cursor=garbage", headers: bearer(tenant.key) });
    expect(badCursor.status).toBe(400);
    expect(badCursor.json).toEqual({ message: "Invalid request parameters: cursor: Invalid cursor" });
  });
});
