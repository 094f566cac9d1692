import { describe, expect, it } from "vitest";
import * as customerInteractionsRoute from "@/app/dev/crm/customers/[customerId]/interactions/route";
import * as customerRoute from "@/app/dev/crm/customers/[customerId]/route";
import * as customersRoute from "@/app/dev/crm/customers/route";
import * as leadInteractionsRoute from "@/app/dev/crm/leads/[leadId]/interactions/route";
import * as leadsRoute from "@/app/dev/crm/leads/route";
import * as orderRoute from "@/app/dev/crm/orders/[orderId]/route";
import * as ordersRoute from "@/app/dev/crm/orders/route";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { createLead } from "@/lib/crm/leads/create-lead";
import { createUser } from "@/lib/crm/users/create-user";
import { callRoute } from "@/lib/testing/call-route";
import { addProduct } from "@/lib/testing/customer-history";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { CRM_LEAD_SOURCES, CRM_LEAD_STATUSES } from "./wire-types";

// Audit of seed 001 field by field, through the app's route files: every enum
// value the seed lists is accepted, a value it does not list is a 400 naming
// the field, and the list filters the issue names each narrow the list.
const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

describe("crm seed audit: enums exactly as the seed lists them", () => {
  it("leads take the seed's seven sources (not the gateway's `phone`) and eight statuses", async () => {
    const tenant = await createTestTenant();
    expect([...CRM_LEAD_SOURCES].sort()).toEqual(["campaign", "direct", "email", "other", "referral", "social", "website"]);
    expect([...CRM_LEAD_STATUSES].sort()).toEqual(["contacted", "converted", "lost", "negotiation", "new", "proposal", "qualified", "won"]);
    const post = (body: unknown) => callRoute(leadsRoute.POST, { path: "/dev/crm/leads", headers: bearer(tenant.key), body });
    for (const [i, source] of CRM_LEAD_SOURCES.entries()) {
      const reply = await post({ name: `S${i}`, email: `s${i}@example.com`, source });
      expect(reply.status, source).toBe(201);
      expect(reply.json.source).toBe(source);
    }
    for (const [i, status] of CRM_LEAD_STATUSES.entries()) {
      const reply = await post({ name: `T${i}`, email: `t${i}@example.com`, status });
      expect(reply.status, status).toBe(201);
      expect(reply.json.status).toBe(status);
    }
    for (const [field, value] of [
      ["source", "phone"],
      ["source", "Website"],
      ["status", "pending"],
      ["score", 50.5],
      ["score", "50"],
    ] as const) {
      const reply = await post({ name: "Bad", email: "bad@example.com", [field]: value });
      expect(reply.status, `${field}=${value}`).toBe(400);
      expect(reply.json).toEqual({ message: expect.stringContaining(field) });
    }
  });

  it("customers take type individual|business and status active|inactive|blocked; credit_limit ≥ 0; lead_id a UUID", async () => {
    const tenant = await createTestTenant();
    const post = (body: unknown) => callRoute(customersRoute.POST, { path: "/dev/crm/customers", headers: bearer(tenant.key), body });
    let n = 0;
    for (const type of ["individual", "business"]) {
      for (const status of ["active", "inactive", "blocked"]) {
        const reply = await post({ name: `C${n}`, email: `c${n++}@example.com`, type, status });
        expect(reply.status, `${type}/${status}`).toBe(201);
        expect(reply.json).toMatchObject({ type, status });
      }
    }
    for (const [field, value] of [
      ["type", "company"],
      ["status", "prospect"],
      ["credit_limit", -1],
      ["lead_id", "not-a-uuid"],
      ["assigned_to", "not-a-uuid"],
      ["custom_fields", [1, 2]],
    ] as const) {
      const reply = await post({ name: "Bad", email: "bad@example.com", [field]: value });
      expect(reply.status, `${field}=${JSON.stringify(value)}`).toBe(400);
      expect(reply.json).toEqual({ message: expect.stringContaining(field) });
    }
    // The seed's update example, field by field.
    const created = await post({ name: "Jane Smith", email: "jane@example.com", payment_terms: "Net 30", billing_address: "123 Main St" });
    const put = await callRoute(customerRoute.PUT, {
      method: "PUT",
      path: `/dev/crm/customers/${created.json.id}`,
      headers: bearer(tenant.key),
      params: { customerId: created.json.id },
      body: { status: "active", credit_limit: 10000.0, notes: "Updated customer information" },
    });
    expect(put.status).toBe(200);
    expect(put.json).toMatchObject({
      status: "active",
      notes: "Updated customer information",
      payment_terms: "Net 30",
      billing_address: "123 Main St",
    });
    expect(Number(put.json.credit_limit)).toBe(10000);
  });

  it("lead interactions take call|email|meeting|note; customer interactions email|call|meeting|support|purchase|other with subject and date", async () => {
    const tenant = await createTestTenant();
    const lead = await createLead(tenant.ctx, { name: "L", email: "l@example.com" });
    const customer = await createCustomer(tenant.ctx, { name: "C", email: "c@example.com" });
    const leadPost = (body: unknown) =>
      callRoute(leadInteractionsRoute.POST, { path: `/dev/crm/leads/${lead.id}/interactions`, headers: bearer(tenant.key), params: { leadId: lead.id }, body });
    const customerPost = (body: unknown) =>
      callRoute(customerInteractionsRoute.POST, {
        path: `/dev/crm/customers/${customer.id}/interactions`,
        headers: bearer(tenant.key),
        params: { customerId: customer.id },
        body,
      });
    for (const type of ["call", "email", "meeting", "note"]) {
      const reply = await leadPost({ type, notes: "n", next_action: "Send proposal", next_action_date: "2024-01-15T10:00:00Z" });
      expect(reply.status, type).toBe(201);
      expect(reply.json).toMatchObject({ type, notes: "n", next_action: "Send proposal" });
    }
    for (const body of [{}, { type: "support" }, { type: "call", next_action_date: "soon" }]) {
      const reply = await leadPost(body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.json).toEqual({ message: expect.stringMatching(/type|next_action_date/) });
    }
    for (const type of ["email", "call", "meeting", "support", "purchase", "other"]) {
      const reply = await customerPost({ type, subject: "Product Discussion", date: "2024-01-15T10:00:00Z", outcome: "positive" });
      expect(reply.status, type).toBe(201);
      expect(reply.json).toMatchObject({ type, subject: "Product Discussion", outcome: "positive" });
    }
    for (const [body, field] of [
      [{ type: "note", subject: "S", date: "2024-01-15" }, "type"],
      [{ type: "call", date: "2024-01-15" }, "subject"],
      [{ type: "call", subject: "S" }, "date"],
    ] as const) {
      const reply = await customerPost(body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.json).toEqual({ message: expect.stringContaining(field) });
    }
  });

  it("orders take the five statuses; quantity is an integer ≥ 1", async () => {
    const tenant = await createTestTenant();
    const customer = await createCustomer(tenant.ctx, { name: "Buyer", email: "buyer@example.com" });
    const product = await addProduct(tenant.id, "Widget", "0.10");
    const post = (body: unknown) => callRoute(ordersRoute.POST, { path: "/dev/crm/orders", headers: bearer(tenant.key), body });
    const order = await post({ customer_id: customer.id, product_id: product, quantity: 3 });
    expect(order.status).toBe(201);
    expect(order.json.total).toBe("0.30");
    for (const status of ["pending", "processing", "shipped", "delivered", "cancelled"]) {
      const put = await callRoute(orderRoute.PUT, {
        method: "PUT",
        path: `/dev/crm/orders/${order.json.id}`,
        headers: bearer(tenant.key),
        params: { orderId: order.json.id },
        body: { status },
      });
      expect(put.status, status).toBe(200);
      expect(put.json.status).toBe(status);
    }
    for (const [body, field] of [
      [{ customer_id: customer.id, product_id: product, quantity: 0 }, "quantity"],
      [{ customer_id: customer.id, product_id: product, quantity: 1.5 }, "quantity"],
      [{ customer_id: customer.id, product_id: product }, "quantity"],
      [{ customer_id: customer.id, product_id: product, quantity: 1, status: "returned" }, "status"],
      [{ customer_id: customer.id, product_id: product, quantity: 1, order_date: "someday" }, "order_date"],
    ] as const) {
      const reply = await post(body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.json).toEqual({ message: expect.stringContaining(field) });
    }
  });
});

describe("crm seed audit: list filters the issue names", () => {
  it("leads filter by source and assigned_to, and search matches the phone too", async () => {
    const tenant = await createTestTenant();
    const rep = await createUser(tenant.ctx, { name: "Rep", email: `rep-${tenant.clientId}@example.com`, password: "long enough pw" });
    await createLead(tenant.ctx, { name: "Web", email: "web@example.com", source: "website", phone: "+441234567890" });
    await createLead(tenant.ctx, { name: "Ref", email: "ref@example.com", source: "referral", assignedToId: rep.id });
    const list = async (query: string) => {
      const reply = await callRoute(leadsRoute.GET, { path: `/dev/crm/leads?${query}`, headers: bearer(tenant.key) });
      expect(reply.status, query).toBe(200);
      return (reply.json.data as { name: string }[]).map((lead) => lead.name).sort();
    };
    expect(await list("source=website")).toEqual(["Web"]);
    expect(await list("source=referral")).toEqual(["Ref"]);
    expect(await list(`assigned_to=${rep.id}`)).toEqual(["Ref"]);
    expect(await list("search=4567890")).toEqual(["Web"]);
    const bad = await callRoute(leadsRoute.GET, { path: "/dev/crm/leads?source=phone", headers: bearer(tenant.key) });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ message: expect.stringContaining("source") });
  });

  it("customers filter by segment; an unknown segment is a 400", async () => {
    const tenant = await createTestTenant();
    await createCustomer(tenant.ctx, { name: "Biz", email: "biz@example.com", type: "business" });
    await createCustomer(tenant.ctx, { name: "Ind", email: "ind@example.com", type: "individual", status: "blocked" });
    const list = async (query: string) => {
      const reply = await callRoute(customersRoute.GET, { path: `/dev/crm/customers?${query}`, headers: bearer(tenant.key) });
      expect(reply.status, query).toBe(200);
      return (reply.json.data as { name: string }[]).map((customer) => customer.name).sort();
    };
    expect(await list("segment=business")).toEqual(["Biz"]);
    expect(await list("segment=blocked")).toEqual(["Ind"]);
    expect(await list("segment=new_this_month")).toEqual(["Biz", "Ind"]);
    const bad = await callRoute(customersRoute.GET, { path: "/dev/crm/customers?segment=whales", headers: bearer(tenant.key) });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ message: expect.stringContaining("segment") });
  });
});

describe("crm seed audit: every optional customer field round-trips", () => {
  it("creates with each of the seed's fields and reads each back", async () => {
    const tenant = await createTestTenant();
    const rep = await createUser(tenant.ctx, { name: "Rep", email: `rep-${tenant.clientId}@example.com`, password: "long enough pw" });
    const lead = await createLead(tenant.ctx, { name: "From lead", email: "lead@example.com" });
    const body = {
      name: "Jane Smith",
      email: "jane@example.com",
      lead_id: lead.id,
      phone: "+1234567890",
      company: "Tech Corp",
      type: "business",
      status: "active",
      billing_address: "123 Main St",
      shipping_address: "9 Dock Rd",
      payment_terms: "Net 30",
      credit_limit: 2500.5,
      tax_id: "GB123456789",
      custom_fields: { tier: "gold" },
      assigned_to: rep.id,
    };
    const created = await callRoute(customersRoute.POST, { path: "/dev/crm/customers", headers: bearer(tenant.key), body });
    expect(created.status).toBe(201);
    const got = await callRoute(customerRoute.GET, {
      path: `/dev/crm/customers/${created.json.id}`,
      headers: bearer(tenant.key),
      params: { customerId: created.json.id },
    });
    expect(got.status).toBe(200);
    const { credit_limit, ...rest } = body;
    expect(got.json).toMatchObject(rest);
    expect(Number(got.json.credit_limit)).toBe(credit_limit);
  });
});
