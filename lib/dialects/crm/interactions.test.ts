import { describe, expect, it } from "vitest";
import { crm } from "@/lib/dialects";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { createLead } from "@/lib/crm/leads/create-lead";
import { getLead } from "@/lib/crm/leads/get-lead";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
const MISSING = "00000000-0000-7000-8000-000000000000";

describe("crm: lead interactions", () => {
  it("records, lists, updates and deletes a lead's interactions; a contact moves last_contact", async () => {
    const tenant = await createTestTenant();
    const lead = await createLead(tenant.ctx, { name: "L", email: "l@example.com" });
    const base = `/dev/crm/leads/${lead.id}/interactions`;
    const h = bearer(tenant.key);

    const note = await callRoute(crm.createLeadInteraction.handler, {
      path: base,
      headers: h,
      params: { leadId: lead.id },
      body: { type: "note", notes: "internal" },
    });
    expect(note.status).toBe(201);
    expect((await getLead(tenant.ctx, lead.id)).lastContactAt).toBeNull();

    const call = await callRoute(crm.createLeadInteraction.handler, {
      path: base,
      headers: h,
      params: { leadId: lead.id },
      body: { type: "call", notes: "Discussed pricing and features", next_action: "Send proposal", next_action_date: "2024-01-15T10:00:00Z" },
    });
    expect(call.status).toBe(201);
    expect(call.json).toMatchObject({
      lead_id: lead.id,
      type: "call",
      notes: "Discussed pricing and features",
      next_action: "Send proposal",
      next_action_date: "2024-01-15T10:00:00.000Z",
    });
    expect((await getLead(tenant.ctx, lead.id)).lastContactAt).not.toBeNull();

    const list = await callRoute(crm.listLeadInteractions.handler, { path: base, headers: h, params: { leadId: lead.id } });
    expect(list.status).toBe(200);
    expect(list.json.data.map((i: { id: string }) => i.id)).toEqual([call.json.id, note.json.id]);

    const one = { leadId: lead.id, interactionId: call.json.id };
    const updated = await callRoute(crm.updateLeadInteraction.handler, {
      method: "PUT",
      path: `${base}/${call.json.id}`,
      headers: h,
      params: one,
      body: { type: "meeting", notes: "Updated notes", next_action: "Follow up call" },
    });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({
      type: "meeting",
      notes: "Updated notes",
      next_action: "Follow up call",
      next_action_date: "2024-01-15T10:00:00.000Z",
    });

    for (const body of [{ type: "support" }, { type: "call", next_action_date: "tomorrow" }, {}]) {
      const bad = await callRoute(crm.createLeadInteraction.handler, { path: base, headers: h, params: { leadId: lead.id }, body });
      expect(bad.status, JSON.stringify(body)).toBe(400);
    }

    const deleted = await callRoute(crm.deleteLeadInteraction.handler, { method: "DELETE", path: `${base}/${call.json.id}`, headers: h, params: one });
    expect(deleted.json).toEqual({ message: "Interaction deleted", id: call.json.id });
    expect((await callRoute(crm.deleteLeadInteraction.handler, { method: "DELETE", path: `${base}/${call.json.id}`, headers: h, params: one })).status).toBe(
      404,
    );
  });

  it("answers 404 for another lead's interaction, another tenant's lead, and a missing lead", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    const a = await createLead(tenant.ctx, { name: "A", email: "a@example.com" });
    const b = await createLead(tenant.ctx, { name: "B", email: "b@example.com" });
    const h = bearer(tenant.key);
    const ofA = (
      await callRoute(crm.createLeadInteraction.handler, {
        path: `/dev/crm/leads/${a.id}/interactions`,
        headers: h,
        params: { leadId: a.id },
        body: { type: "email" },
      })
    ).json;
    const viaB = await callRoute(crm.updateLeadInteraction.handler, {
      method: "PUT",
      path: "/x",
      headers: h,
      params: { leadId: b.id, interactionId: ofA.id },
      body: { notes: "x" },
    });
    expect(viaB.status).toBe(404);
    expect(viaB.json).toEqual({ message: "Interaction not found" });
    const foreignList = await callRoute(crm.listLeadInteractions.handler, { path: "/x", headers: bearer(other.key), params: { leadId: a.id } });
    const missingList = await callRoute(crm.listLeadInteractions.handler, { path: "/x", headers: bearer(other.key), params: { leadId: MISSING } });
    expect(foreignList.status).toBe(404);
    expect(foreignList.json).toEqual(missingList.json);
    const foreignDelete = await callRoute(crm.deleteLeadInteraction.handler, {
      method: "DELETE",
      path: "/x",
      headers: bearer(other.key),
      params: { leadId: a.id, interactionId: ofA.id },
    });
    expect(foreignDelete.status).toBe(404);
    expect((await callRoute(crm.listLeadInteractions.handler, { path: "/x", params: { leadId: a.id } })).status).toBe(401);
  });
});

describe("crm: customer interactions", () => {
  it("records with subject and date required, lists, updates and deletes", async () => {
    const tenant = await createTestTenant();
    const customer = await createCustomer(tenant.ctx, { name: "C", email: "c@example.com" });
    const base = `/dev/crm/customers/${customer.id}/interactions`;
    const h = bearer(tenant.key);
    const params = { customerId: customer.id };
    const created = await callRoute(crm.createCustomerInteraction.handler, {
      path: base,
      headers: h,
      params,
      body: {
        type: "call",
        subject: "Product Discussion",
        description: "Discussed new features and pricing",
        date: "2024-01-15T10:00:00Z",
        outcome: "positive",
        next_action: "Send proposal",
        next_action_date: "2024-01-20T10:00:00Z",
      },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      customer_id: customer.id,
      type: "call",
      subject: "Product Discussion",
      description: "Discussed new features and pricing",
      date: "2024-01-15T10:00:00.000Z",
      outcome: "positive",
      next_action_date: "2024-01-20T10:00:00.000Z",
    });
    for (const [body, field] of [
      [{ subject: "s", date: "2024-01-15" }, "type"],
      [{ type: "note", subject: "s", date: "2024-01-15" }, "type"],
      [{ type: "call", date: "2024-01-15" }, "subject"],
      [{ type: "call", subject: "s" }, "date"],
    ] as const) {
      const bad = await callRoute(crm.createCustomerInteraction.handler, { path: base, headers: h, params, body });
      expect(bad.status).toBe(400);
      expect(bad.json.message).toContain(field);
    }
    const one = { ...params, interactionId: created.json.id };
    const updated = await callRoute(crm.updateCustomerInteraction.handler, {
      method: "PUT",
      path: "/x",
      headers: h,
      params: one,
      body: { description: "Updated interaction notes", outcome: "completed" },
    });
    expect(updated.json).toMatchObject({ subject: "Product Discussion", description: "Updated interaction notes", outcome: "completed" });
    const list = await callRoute(crm.listCustomerInteractions.handler, { path: base, headers: h, params });
    expect(list.json.data).toHaveLength(1);

    const other = await createTestTenant();
    const foreign = await callRoute(crm.updateCustomerInteraction.handler, {
      method: "PUT",
      path: "/x",
      headers: bearer(other.key),
      params: one,
      body: { outcome: "x" },
    });
    expect(foreign.status).toBe(404);
    expect(foreign.json).toEqual({ message: "Customer not found" });

    const deleted = await callRoute(crm.deleteCustomerInteraction.handler, { method: "DELETE", path: "/x", headers: h, params: one });
    expect(deleted.status).toBe(200);
    expect((await callRoute(crm.listCustomerInteractions.handler, { path: base, headers: h, params })).json.data).toHaveLength(0);
  });
});
