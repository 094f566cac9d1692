import { describe, expect, it } from "vitest";
import { crm } from "@/lib/dialects";
import { createUser } from "@/lib/crm/users/create-user";
import { getDb } from "@/lib/db/client";
import { callRoute } from "@/lib/testing/call-route";
import { createTestKey, createTestTenant } from "@/lib/testing/test-tenant";

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
const MISSING = "00000000-0000-7000-8000-000000000000";

async function newCampaign(tenantId: string) {
  const db = await getDb();
  return db.campaign.create({ data: { tenantId, seq: 1, name: "Spring" } });
}

describe("crm: lead writes", () => {
  it("creates a lead with every seed field and answers 201 with it", async () => {
    const tenant = await createTestTenant();
    const user = await createUser(tenant.ctx, { name: "Rep", email: `rep-${tenant.clientId}@example.com`, password: "long enough pw" });
    const campaign = await newCampaign(tenant.id);
    const body = {
      name: "John Doe",
      email: "John@Example.com",
      phone: "+1234567890",
      company: "Acme Corp",
      source: "website",
      status: "new",
      score: 75,
      notes: "Interested in premium plan",
      campaign_id: campaign.id,
      assigned_to: user.id,
      last_contact: "2024-01-15",
      custom_fields: { plan: "premium" },
    };
    const created = await callRoute(crm.createLead.handler, { path: "/dev/crm/leads", headers: bearer(tenant.key), body });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      name: "John Doe",
      email: "john@example.com",
      company: "Acme Corp",
      source: "website",
      status: "new",
      score: 75,
      campaign_id: campaign.id,
      assigned_to: user.id,
      last_contact: "2024-01-15T00:00:00.000Z",
      custom_fields: { plan: "premium" },
    });
    const fetched = await callRoute(crm.getLead.handler, {
      path: `/dev/crm/leads/${created.json.id}`,
      headers: bearer(tenant.key),
      params: { leadId: created.json.id },
    });
    expect(fetched.json).toEqual(created.json);
  });

  it("rejects each invalid field with 400 and names it", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    const foreignUser = await createUser(other.ctx, { name: "X", email: `x-${other.clientId}@example.com`, password: "long enough pw" });
    const cases: [Record<string, unknown>, string][] = [
      [{ email: "a@example.com" }, "name"],
      [{ name: "A" }, "email"],
      [{ name: "A", email: "not-an-email" }, "email"],
      [{ name: "A", email: "a@example.com", source: "billboard" }, "source"],
      [{ name: "A", email: "a@example.com", status: "pending" }, "status"],
      [{ name: "A", email: "a@example.com", score: 101 }, "score"],
      [{ name: "A", email: "a@example.com", score: -1 }, "score"],
      [{ name: "A", email: "a@example.com", campaign_id: "nope" }, "campaign_id"],
      [{ name: "A", email: "a@example.com", campaign_id: MISSING }, "campaign_id"],
      [{ name: "A", email: "a@example.com", assigned_to: foreignUser.id }, "assigned_to"],
      [{ name: "A", email: "a@example.com", last_contact: "yesterday" }, "last_contact"],
      [{ name: "A", email: "a@example.com", custom_fields: "x" }, "custom_fields"],
    ];
    for (const [body, field] of cases) {
      const reply = await callRoute(crm.createLead.handler, { path: "/dev/crm/leads", headers: bearer(tenant.key), body });
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.json.message).toContain(field);
    }
  });

  it("answers 401 without a key and 403 without the write scope", async () => {
    const tenant = await createTestTenant();
    const none = await callRoute(crm.createLead.handler, { path: "/dev/crm/leads", body: { name: "A", email: "a@example.com" } });
    expect(none.status).toBe(401);
    expect(none.json).toEqual({ message: "Invalid or missing API key" });
    const readOnly = await createTestKey(tenant, ["read:leads"]);
    const denied = await callRoute(crm.createLead.handler, { path: "/dev/crm/leads", headers: bearer(readOnly), body: { name: "A", email: "a@example.com" } });
    expect(denied.status).toBe(403);
  });

  it("answers 409 for a second lead with the same email, exactly once under 50 concurrent creations", async () => {
    const tenant = await createTestTenant();
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        callRoute(crm.createLead.handler, {
          path: "/dev/crm/leads",
          headers: bearer(tenant.key),
          body: { name: `Dup ${i}`, email: i % 2 ? "dup@example.com" : "DUP@example.com" },
        }),
      ),
    );
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    const conflicts = replies.filter((r) => r.status === 409);
    expect(conflicts).toHaveLength(49);
    expect(conflicts[0]!.json).toEqual({ message: "A lead with this email already exists" });
    // Another tenant may use the same email.
    const other = await createTestTenant();
    const elsewhere = await callRoute(crm.createLead.handler, {
      path: "/dev/crm/leads",
      headers: bearer(other.key),
      body: { name: "Dup", email: "dup@example.com" },
    });
    expect(elsewhere.status).toBe(201);
  });

  it("updates only the fields sent, records the status change, and guards the email", async () => {
    const tenant = await createTestTenant();
    const lead = (
      await callRoute(crm.createLead.handler, {
        path: "/dev/crm/leads",
        headers: bearer(tenant.key),
        body: { name: "John", email: "j@example.com", company: "Acme", score: 10 },
      })
    ).json;
    await callRoute(crm.createLead.handler, { path: "/dev/crm/leads", headers: bearer(tenant.key), body: { name: "Jane", email: "jane@example.com" } });
    const put = (body: unknown, leadId = lead.id, key = tenant.key) =>
      callRoute(crm.updateLead.handler, { method: "PUT", path: `/dev/crm/leads/${leadId}`, headers: bearer(key), params: { leadId }, body });

    const updated = await put({ name: "John Doe Updated", status: "qualified", score: 85, notes: "Updated notes" });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({
      name: "John Doe Updated",
      status: "qualified",
      score: 85,
      notes: "Updated notes",
      company: "Acme",
      email: "j@example.com",
    });

    const db = await getDb();
    const events = await db.outboxEvent.findMany({ where: { tenantId: tenant.id, type: "lead.status_updated" } });
    expect(events).toHaveLength(1);
    expect((events[0]!.payload as { data: Record<string, unknown> }).data).toMatchObject({
      old_status: "new",
      new_status: "qualified",
      updated_by: expect.stringMatching(/^api_key_/),
    });

    expect((await put({ company: null })).json.company).toBeNull();
    expect((await put({ score: 150 })).status).toBe(400);
    expect((await put({ email: "JANE@example.com" })).status).toBe(409);
    expect((await put({ email: "J@example.com" })).status).toBe(200);

    const other = await createTestTenant();
    const foreign = await put({ name: "X" }, lead.id, other.key);
    const missing = await put({ name: "X" }, MISSING, other.key);
    expect(foreign.status).toBe(404);
    expect(foreign.json).toEqual(missing.json);
  });

  it("deletes a lead, then answers 404; another tenant's lead is a 404 too", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    const lead = (
      await callRoute(crm.createLead.handler, { path: "/dev/crm/leads", headers: bearer(tenant.key), body: { name: "Gone", email: "g@example.com" } })
    ).json;
    const del = (leadId: string, key: string) =>
      callRoute(crm.deleteLead.handler, { method: "DELETE", path: `/dev/crm/leads/${leadId}`, headers: bearer(key), params: { leadId } });
    const foreign = await del(lead.id, other.key);
    expect(foreign.status).toBe(404);
    expect(foreign.json).toEqual({ message: "Lead not found" });
    const ok = await del(lead.id, tenant.key);
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({ message: "Lead deleted", id: lead.id });
    expect((await del(lead.id, tenant.key)).status).toBe(404);
  });

  it("filters by campaign, creation date and search", async () => {
    const tenant = await createTestTenant();
    const campaign = await newCampaign(tenant.id);
    const make = (body: Record<string, unknown>) => callRoute(crm.createLead.handler, { path: "/dev/crm/leads", headers: bearer(tenant.key), body });
    await make({ name: "Alice Smith", email: "alice@acme.io", company: "Acme", campaign_id: campaign.id });
    await make({ name: "Bob Jones", email: "bob@globex.io", company: "Globex", phone: "+44 7700 900123" });
    const list = async (query: string) =>
      (await callRoute(crm.listLeads.handler, { path: `/dev/crm/leads?${query}`, headers: bearer(tenant.key) })).json.data.map((l: { name: string }) => l.name);
    expect(await list(`campaign_id=${campaign.id}`)).toEqual(["Alice Smith"]);
    expect(await list("search=GLOBEX")).toEqual(["Bob Jones"]);
    expect(await list("search=smi")).toEqual(["Alice Smith"]);
    expect(await list("search=900123")).toEqual(["Bob Jones"]);
    expect(await list("created_from=2000-01-01&created_to=2999-01-01")).toHaveLength(2);
    expect(await list("created_to=2000-01-01")).toEqual([]);
    const bad = await callRoute(crm.listLeads.handler, { path: "/dev/crm/leads?created_from=soon", headers: bearer(tenant.key) });
    expect(bad.status).toBe(400);
  });
});

describe("crm: lead conversion", () => {
  it("creates the customer once, idempotently, also under concurrent calls", async () => {
    const tenant = await createTestTenant();
    const lead = (
      await callRoute(crm.createLead.handler, {
        path: "/dev/crm/leads",
        headers: bearer(tenant.key),
        body: { name: "Convert Me", email: "cm@example.com", company: "CM Ltd", status: "qualified" },
      })
    ).json;
    const convert = () =>
      callRoute(crm.convertLead.handler, {
        method: "POST",
        path: `/dev/crm/leads/${lead.id}/convert`,
        headers: bearer(tenant.key),
        params: { leadId: lead.id },
      });
    const replies = await Promise.all(Array.from({ length: 10 }, convert));
    expect(replies.every((r) => r.status === 200)).toBe(true);
    const ids = new Set(replies.map((r) => r.json.customer_id));
    expect(ids.size).toBe(1);
    expect(replies.filter((r) => r.json.outcome === "created")).toHaveLength(1);
    expect(replies.filter((r) => r.json.outcome === "already_converted")).toHaveLength(9);
    const again = await convert();
    expect(again.json).toMatchObject({ customer_id: [...ids][0], outcome: "already_converted", message: "Lead already converted" });
    expect(again.json.lead).toMatchObject({ status: "converted", customer_id: [...ids][0] });
    expect(again.json.lead.converted_at).toEqual(expect.any(String));

    const db = await getDb();
    const customers = await db.customer.findMany({ where: { tenantId: tenant.id } });
    expect(customers).toHaveLength(1);
    expect(customers[0]).toMatchObject({ name: "Convert Me", email: "cm@example.com", company: "CM Ltd", type: "business", leadId: lead.id });
    const statusEvents = await db.outboxEvent.count({ where: { tenantId: tenant.id, type: "lead.status_updated" } });
    expect(statusEvents).toBe(1);
  });

  it("links the tenant's existing customer with the lead's email", async () => {
    const tenant = await createTestTenant();
    const db = await getDb();
    const { createCustomer } = await import("@/lib/crm/customers/create-customer");
    const customer = await createCustomer(tenant.ctx, { name: "Existing", email: "same@example.com" });
    const lead = (
      await callRoute(crm.createLead.handler, { path: "/dev/crm/leads", headers: bearer(tenant.key), body: { name: "Lead", email: "same@example.com" } })
    ).json;
    const reply = await callRoute(crm.convertLead.handler, {
      method: "POST",
      path: `/dev/crm/leads/${lead.id}/convert`,
      headers: bearer(tenant.key),
      params: { leadId: lead.id },
    });
    expect(reply.json).toMatchObject({ customer_id: customer.id, outcome: "linked" });
    expect(await db.customer.count({ where: { tenantId: tenant.id } })).toBe(1);
  });

  it("answers 404 for a missing or foreign lead", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    const lead = (
      await callRoute(crm.createLead.handler, { path: "/dev/crm/leads", headers: bearer(tenant.key), body: { name: "Mine", email: "m@example.com" } })
    ).json;
    const foreign = await callRoute(crm.convertLead.handler, {
      method: "POST",
      path: `/dev/crm/leads/${lead.id}/convert`,
      headers: bearer(other.key),
      params: { leadId: lead.id },
    });
    const missing = await callRoute(crm.convertLead.handler, {
      method: "POST",
      path: `/dev/crm/leads/${MISSING}/convert`,
      headers: bearer(other.key),
      params: { leadId: MISSING },
    });
    expect(foreign.status).toBe(404);
    expect(foreign.json).toEqual(missing.json);
  });
});
