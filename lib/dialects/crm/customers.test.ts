import { describe, expect, it } from "vitest";
import { crm } from "@/lib/dialects";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { createLead } from "@/lib/crm/leads/create-lead";
import { callRoute } from "@/lib/testing/call-route";
import { addOrder, addProduct } from "@/lib/testing/customer-history";
import { createTestKey, createTestTenant } from "@/lib/testing/test-tenant";

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
const MISSING = "00000000-0000-7000-8000-000000000000";

describe("crm: customers CRUD", () => {
  it("creates with the seed's example, reads it back, and answers 409 for the same email", async () => {
    const tenant = await createTestTenant();
    const body = {
      name: "Jane Smith",
      email: "Jane@Example.com",
      phone: "+1234567890",
      company: "Tech Corp",
      type: "business",
      status: "active",
      billing_address: "123 Main St",
      payment_terms: "Net 30",
      credit_limit: 10000,
      custom_fields: { tier: "gold" },
    };
    const created = await callRoute(crm.createCustomer.handler, { path: "/dev/crm/customers", headers: bearer(tenant.key), body });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      name: "Jane Smith",
      email: "jane@example.com",
      type: "business",
      status: "active",
      billing_address: "123 Main St",
      shipping_address: null,
      payment_terms: "Net 30",
      credit_limit: "10000.00",
      custom_fields: { tier: "gold" },
      lead_id: null,
    });
    const id = created.json.id;
    const got = await callRoute(crm.getCustomer.handler, { path: `/dev/crm/customers/${id}`, headers: bearer(tenant.key), params: { customerId: id } });
    expect(got.status).toBe(200);
    expect(got.json).toEqual(created.json);

    const dup = await callRoute(crm.createCustomer.handler, {
      path: "/dev/crm/customers",
      headers: bearer(tenant.key),
      body: { name: "Other", email: "jane@example.com" },
    });
    expect(dup.status).toBe(409);
    expect(dup.json).toEqual({ message: "A customer with this email already exists" });

    // Another workspace may use the same email.
    const other = await createTestTenant();
    const elsewhere = await callRoute(crm.createCustomer.handler, {
      path: "/dev/crm/customers",
      headers: bearer(other.key),
      body: { name: "Jane", email: "jane@example.com" },
    });
    expect(elsewhere.status).toBe(201);
  });

  it("validates each rule with 400 {message}", async () => {
    const tenant = await createTestTenant();
    const post = (body: unknown) => callRoute(crm.createCustomer.handler, { path: "/dev/crm/customers", headers: bearer(tenant.key), body });
    const cases: [unknown, string][] = [
      [{}, "name"],
      [{ name: "A" }, "email"],
      [{ name: "A", email: "not-an-email" }, "email"],
      [{ name: "  ", email: "a@example.com" }, "name"],
      [{ name: "A", email: "a@example.com", type: "company" }, "type"],
      [{ name: "A", email: "a@example.com", status: "gone" }, "status"],
      [{ name: "A", email: "a@example.com", credit_limit: -1 }, "credit_limit"],
      [{ name: "A", email: "a@example.com", credit_limit: "12.345" }, "credit_limit"],
      [{ name: "A", email: "a@example.com", lead_id: "nope" }, "lead_id"],
      [{ name: "A", email: "a@example.com", assigned_to: "nope" }, "assigned_to"],
      [{ name: "A", email: "a@example.com", custom_fields: "x" }, "custom_fields"],
    ];
    for (const [body, field] of cases) {
      const reply = await post(body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.json.message).toContain(field);
      expect(Object.keys(reply.json)).toEqual(["message"]);
    }
    // Well-formed ids of no lead / user of this workspace.
    const foreignLead = await post({ name: "A", email: "a@example.com", lead_id: MISSING });
    expect(foreignLead.status).toBe(400);
    expect(foreignLead.json.message).toContain("lead_id");
    const foreignUser = await post({ name: "A", email: "a@example.com", assigned_to: MISSING });
    expect(foreignUser.status).toBe(400);
    expect(foreignUser.json.message).toContain("assigned_to");
    const malformed = await post("{not json");
    expect(malformed.status).toBe(400);
  });

  it("links a lead of the workspace", async () => {
    const tenant = await createTestTenant();
    const lead = await createLead(tenant.ctx, { name: "Lead L", email: "l@example.com" });
    const reply = await callRoute(crm.createCustomer.handler, {
      path: "/dev/crm/customers",
      headers: bearer(tenant.key),
      body: { name: "L", email: "l@example.com", lead_id: lead.id },
    });
    expect(reply.status).toBe(201);
    expect(reply.json.lead_id).toBe(lead.id);
  });

  it("updates only the fields sent, keeps notes, and answers 409 for another customer's email", async () => {
    const tenant = await createTestTenant();
    const a = await createCustomer(tenant.ctx, { name: "A Co", email: "a@example.com", company: "A", paymentTerms: "Net 15" });
    await createCustomer(tenant.ctx, { name: "B Co", email: "b@example.com" });
    const put = (body: unknown, id = a.id) =>
      callRoute(crm.updateCustomer.handler, { method: "PUT", path: `/dev/crm/customers/${id}`, headers: bearer(tenant.key), params: { customerId: id }, body });

    const updated = await put({ status: "active", credit_limit: 10000.0, notes: "Updated customer information" });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({
      name: "A Co",
      company: "A",
      payment_terms: "Net 15",
      credit_limit: "10000.00",
      notes: "Updated customer information",
      status: "active",
    });

    const cleared = await put({ company: null });
    expect(cleared.json.company).toBeNull();
    expect(cleared.json.notes).toBe("Updated customer information");

    const taken = await put({ email: "B@example.com" });
    expect(taken.status).toBe(409);
    expect(taken.json).toEqual({ message: "A customer with this email already exists" });
    const sameEmail = await put({ email: "a@example.com" });
    expect(sameEmail.status).toBe(200);

    const empty = await put({});
    expect(empty.status).toBe(400);
    const badType = await put({ type: "alien" });
    expect(badType.status).toBe(400);
    expect(badType.json.message).toContain("type");

    const other = await createTestTenant();
    const foreign = await callRoute(crm.updateCustomer.handler, {
      method: "PUT",
      path: `/dev/crm/customers/${a.id}`,
      headers: bearer(other.key),
      params: { customerId: a.id },
      body: { name: "Hijack" },
    });
    expect(foreign.status).toBe(404);
    expect(foreign.json).toEqual({ message: "Customer not found" });
  });

  it("deletes a customer; one with orders is kept (409); foreign and missing ids are the same 404", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    const plain = await createCustomer(tenant.ctx, { name: "Plain", email: "plain@example.com" });
    const buyer = await createCustomer(tenant.ctx, { name: "Buyer", email: "buyer@example.com" });
    await addOrder(tenant.id, buyer.id, await addProduct(tenant.id, "Widget", "10.00"), "10.00", new Date());
    const del = (id: string, key = tenant.key) =>
      callRoute(crm.deleteCustomer.handler, { method: "DELETE", path: `/dev/crm/customers/${id}`, headers: bearer(key), params: { customerId: id } });

    const foreign = await del(plain.id, other.key);
    const missing = await del(MISSING, other.key);
    expect(foreign.status).toBe(404);
    expect(missing.json).toEqual(foreign.json);

    const done = await del(plain.id);
    expect(done.status).toBe(200);
    expect(done.json).toEqual({ message: "Customer deleted", id: plain.id });
    expect((await del(plain.id)).status).toBe(404);
    const get = await callRoute(crm.getCustomer.handler, {
      path: `/dev/crm/customers/${plain.id}`,
      headers: bearer(tenant.key),
      params: { customerId: plain.id },
    });
    expect(get.status).toBe(404);

    const kept = await del(buyer.id);
    expect(kept.status).toBe(409);
  });

  it("answers 401 without a valid key, 403 without the scope, 404 for ids not ours", async () => {
    const tenant = await createTestTenant();
    const c = await createCustomer(tenant.ctx, { name: "C", email: "c@example.com" });
    const none = await callRoute(crm.listCustomers.handler, { path: "/dev/crm/customers" });
    expect(none.status).toBe(401);
    expect(none.json).toEqual({ message: "Invalid or missing API key" });
    const wrong = await callRoute(crm.getCustomer.handler, { path: `/dev/crm/customers/${c.id}`, headers: bearer("nope"), params: { customerId: c.id } });
    expect(wrong.status).toBe(401);
    const readOnly = await createTestKey(tenant, ["read:customers"]);
    const denied = await callRoute(crm.createCustomer.handler, {
      path: "/dev/crm/customers",
      headers: bearer(readOnly),
      body: { name: "X", email: "x@example.com" },
    });
    expect(denied.status).toBe(403);
    const other = await createTestTenant();
    const foreign = await callRoute(crm.getCustomer.handler, { path: `/dev/crm/customers/${c.id}`, headers: bearer(other.key), params: { customerId: c.id } });
    const missing = await callRoute(crm.getCustomer.handler, {
      path: `/dev/crm/customers/${MISSING}`,
      headers: bearer(other.key),
      params: { customerId: MISSING },
    });
    expect(foreign.status).toBe(404);
    expect(foreign.json).toEqual({ message: "Customer not found" });
    expect(missing.json).toEqual(foreign.json);
    const notAnId = await callRoute(crm.getCustomer.handler, { path: "/dev/crm/customers/42", headers: bearer(other.key), params: { customerId: "42" } });
    expect(notAnId.status).toBe(404);
  });
});

describe("crm: customer list", () => {
  it("pages newest first by cursor and filters by status, type and search", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    await createCustomer(other.ctx, { name: "Stranger", email: "s@example.com" });
    const specs = [
      { name: "Alpha Ltd", email: "alpha@example.com", type: "business", status: "active" },
      { name: "Bob Brown", email: "bob@example.com", type: "individual", status: "inactive" },
      { name: "Cara 100%", email: "cara@example.com", type: "individual", status: "active", company: "Gamma Corp" },
      { name: "Delta Ltd", email: "delta@example.com", type: "business", status: "blocked", phone: "+44 7700 900123" },
      { name: "Echo", email: "echo@example.com", type: "individual", status: "active" },
    ] as const;
    for (const spec of specs) await createCustomer(tenant.ctx, { ...spec });
    const list = (query: string) => callRoute(crm.listCustomers.handler, { path: `/dev/crm/customers${query}`, headers: bearer(tenant.key) });
    const names = (reply: { json: { data: { name: string }[] } }) => reply.json.data.map((c) => c.name);

    const first = await list("?limit=2");
    expect(first.status).toBe(200);
    expect(names(first)).toEqual(["Echo", "Delta Ltd"]);
    const second = await list(`?limit=2&cursor=${first.json.pagination.next_cursor}`);
    expect(names(second)).toEqual(["Cara 100%", "Bob Brown"]);
    const third = await list(`?limit=2&cursor=${second.json.pagination.next_cursor}`);
    expect(names(third)).toEqual(["Alpha Ltd"]);
    expect(third.json.pagination).toEqual({ limit: 2, next_cursor: null });

    expect(names(await list("?status=active"))).toEqual(["Echo", "Cara 100%", "Alpha Ltd"]);
    expect(names(await list("?type=business"))).toEqual(["Delta Ltd", "Alpha Ltd"]);
    expect(names(await list("?type=individual&status=active"))).toEqual(["Echo", "Cara 100%"]);
    expect(names(await list("?search=gamma"))).toEqual(["Cara 100%"]);
    expect(names(await list("?search=LTD"))).toEqual(["Delta Ltd", "Alpha Ltd"]);
    expect(names(await list("?search=7700"))).toEqual(["Delta Ltd"]);
    expect(names(await list("?search=%25"))).toEqual(["Cara 100%"]);
    expect(names(await list("?segment=business"))).toEqual(["Delta Ltd", "Alpha Ltd"]);

    const bad = await list("?status=gone&type=x&segment=nope&limit=0");
    expect(bad.status).toBe(400);
    for (const field of ["status", "type", "segment", "limit"]) expect(bad.json.message).toContain(field);
    const badCursor = await list("?cursor=garbage");
    expect(badCursor.status).toBe(400);
  });
});
