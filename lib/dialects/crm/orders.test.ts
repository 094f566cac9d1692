import { describe, expect, it } from "vitest";
import { crm } from "@/lib/dialects";
import { getDb } from "@/lib/db/client";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { callRoute } from "@/lib/testing/call-route";
import { addProduct } from "@/lib/testing/customer-history";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
const MISSING = "00000000-0000-7000-8000-000000000000";

async function setup(tenant: TestTenant) {
  const customer = await createCustomer(tenant.ctx, { name: "Buyer", email: "buyer@example.com", shippingAddress: "1 Ship St", billingAddress: "2 Bill St" });
  const product = await addProduct(tenant.id, "Widget", "19.99");
  return { customer, product };
}

const post = (tenant: TestTenant, body: unknown) => callRoute(crm.createOrder.handler, { path: "/dev/crm/orders", headers: bearer(tenant.key), body });

describe("crm: orders", () => {
  it("creates an order priced from the product with an exact total, and reads it back", async () => {
    const tenant = await createTestTenant();
    const { customer, product } = await setup(tenant);
    const created = await post(tenant, {
      customer_id: customer.id,
      product_id: product,
      quantity: 3,
      order_date: "2024-01-15T10:00:00Z",
      notes: "Rush delivery",
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      customer_id: customer.id,
      product_id: product,
      product_name: "Widget",
      quantity: 3,
      unit_price: "19.99",
      total: "59.97",
      status: "pending",
      order_date: "2024-01-15T10:00:00.000Z",
      shipping_address: "1 Ship St",
      billing_address: "2 Bill St",
      notes: "Rush delivery",
    });
    const got = await callRoute(crm.getOrder.handler, {
      path: `/dev/crm/orders/${created.json.id}`,
      headers: bearer(tenant.key),
      params: { orderId: created.json.id },
    });
    expect(got.json).toEqual(created.json);

    // A later price change does not reprice the order; a quantity change uses the order's unit price.
    const db = await getDb();
    await db.product.update({ where: { id: product }, data: { price: "25.00" } });
    const put = await callRoute(crm.updateOrder.handler, {
      method: "PUT",
      path: `/dev/crm/orders/${created.json.id}`,
      headers: bearer(tenant.key),
      params: { orderId: created.json.id },
      body: { status: "shipped", notes: "Order shipped via express", quantity: 7 },
    });
    expect(put.status).toBe(200);
    expect(put.json).toMatchObject({
      status: "shipped",
      notes: "Order shipped via express",
      quantity: 7,
      unit_price: "19.99",
      total: "139.93",
      shipping_address: "1 Ship St",
    });
  });

  it("validates each rule with 400", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    const { customer, product } = await setup(tenant);
    const foreign = await setup(other);
    const base = { customer_id: customer.id, product_id: product, quantity: 1 };
    const cases: [unknown, string][] = [
      [{}, "customer_id"],
      [{ ...base, quantity: 0 }, "quantity"],
      [{ ...base, quantity: 1.5 }, "quantity"],
      [{ ...base, quantity: "2" }, "quantity"],
      [{ ...base, customer_id: "x" }, "customer_id"],
      [{ ...base, status: "lost" }, "status"],
      [{ ...base, order_date: "yesterday" }, "order_date"],
      [{ ...base, customer_id: foreign.customer.id }, "customer_id"],
      [{ ...base, product_id: foreign.product }, "product_id"],
      [{ ...base, product_id: MISSING }, "product_id"],
    ];
    for (const [body, field] of cases) {
      const reply = await post(tenant, body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.json.message).toContain(field);
    }
    const db = await getDb();
    await db.product.update({ where: { id: product }, data: { active: false } });
    const retired = await post(tenant, base);
    expect(retired.status).toBe(400);
    expect(retired.json.message).toContain("no longer sold");
  });

  it("updates partially, refuses to move an order, deletes, and hides other workspaces' orders", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    const { customer, product } = await setup(tenant);
    const order = (await post(tenant, { customer_id: customer.id, product_id: product, quantity: 1 })).json;
    const put = (body: unknown, key = tenant.key, id = order.id) =>
      callRoute(crm.updateOrder.handler, { method: "PUT", path: `/dev/crm/orders/${id}`, headers: bearer(key), params: { orderId: id }, body });
    expect((await put({})).status).toBe(400);
    expect((await put({ customer_id: customer.id })).json.message).toContain("customer_id");
    expect((await put({ status: "teleported" })).status).toBe(400);
    expect((await put({ billing_address: null })).json).toMatchObject({ billing_address: null, shipping_address: "1 Ship St", quantity: 1 });

    const foreign = await put({ status: "cancelled" }, other.key);
    const missing = await put({ status: "cancelled" }, other.key, MISSING);
    expect(foreign.status).toBe(404);
    expect(foreign.json).toEqual({ message: "Order not found" });
    expect(missing.json).toEqual(foreign.json);
    const foreignGet = await callRoute(crm.getOrder.handler, {
      path: `/dev/crm/orders/${order.id}`,
      headers: bearer(other.key),
      params: { orderId: order.id },
    });
    expect(foreignGet.status).toBe(404);

    const del = (key: string) =>
      callRoute(crm.deleteOrder.handler, { method: "DELETE", path: `/dev/crm/orders/${order.id}`, headers: bearer(key), params: { orderId: order.id } });
    expect((await del(other.key)).status).toBe(404);
    const done = await del(tenant.key);
    expect(done.json).toEqual({ message: "Order deleted", id: order.id });
    expect((await del(tenant.key)).status).toBe(404);
    expect((await callRoute(crm.listOrders.handler, { path: "/dev/crm/orders" })).status).toBe(401);
  });

  it("lists by order date with customer, status and date range filters", async () => {
    const tenant = await createTestTenant();
    const { customer, product } = await setup(tenant);
    const second = await createCustomer(tenant.ctx, { name: "Second", email: "second@example.com" });
    const make = (customerId: string, date: string, status = "pending") =>
      post(tenant, { customer_id: customerId, product_id: product, quantity: 1, order_date: date, status });
    await make(customer.id, "2024-01-10T09:00:00Z");
    await make(customer.id, "2024-01-31T23:30:00Z", "delivered");
    await make(second.id, "2024-02-01T00:00:00Z", "delivered");
    await make(second.id, "2024-03-05T12:00:00Z", "cancelled");
    const list = async (query: string) => {
      const reply = await callRoute(crm.listOrders.handler, { path: `/dev/crm/orders${query}`, headers: bearer(tenant.key) });
      expect(reply.status).toBe(200);
      return reply;
    };
    const dates = (reply: { json: { data: { order_date: string }[] } }) => reply.json.data.map((o) => o.order_date.slice(0, 10));
    expect(dates(await list(""))).toEqual(["2024-03-05", "2024-02-01", "2024-01-31", "2024-01-10"]);
    expect(dates(await list(`?customer_id=${second.id}`))).toEqual(["2024-03-05", "2024-02-01"]);
    expect(dates(await list("?status=delivered"))).toEqual(["2024-02-01", "2024-01-31"]);
    expect(dates(await list("?date_from=2024-01-15&date_to=2024-01-31"))).toEqual(["2024-01-31"]);
    expect(dates(await list("?date_from=2024-01-31T23:30:00Z&date_to=2024-02-01T00:00:00Z"))).toEqual(["2024-02-01", "2024-01-31"]);
    const first = await list("?limit=3");
    const rest = await list(`?limit=3&cursor=${first.json.pagination.next_cursor}`);
    expect(dates(rest)).toEqual(["2024-01-10"]);
    expect(rest.json.pagination.next_cursor).toBeNull();
    const bad = await callRoute(crm.listOrders.handler, { path: "/dev/crm/orders?status=x&customer_id=1&date_from=soon", headers: bearer(tenant.key) });
    expect(bad.status).toBe(400);
    for (const field of ["status", "customer_id", "date_from"]) expect(bad.json.message).toContain(field);
  });
});

describe("crm: products list", () => {
  it("lists the workspace's sellable products with their UUIDs", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    await addProduct(other.id, "Foreign", "1.00");
    const widget = await addProduct(tenant.id, "Widget", "19.99");
    const gadget = await addProduct(tenant.id, "Gadget Pro", "5.50");
    const db = await getDb();
    await db.product.update({ where: { id: gadget }, data: { active: false } });
    const list = (query = "") => callRoute(crm.listProducts.handler, { path: `/dev/crm/products${query}`, headers: bearer(tenant.key) });
    const reply = await list();
    expect(reply.status).toBe(200);
    expect(reply.json.data).toHaveLength(1);
    expect(reply.json.data[0]).toMatchObject({ id: widget, name: "Widget", price: "19.99", tax_rate: "0.00", type: "product", active: true });
    expect(reply.json.pagination).toEqual({ page: 1, limit: 50, total: 1 });
    const all = await list("?include_archived=true&search=gadget");
    expect(all.json.data.map((p: { name: string }) => p.name)).toEqual(["Gadget Pro"]);
    expect((await list("?type=thing")).status).toBe(400);
    expect((await callRoute(crm.listProducts.handler, { path: "/dev/crm/products" })).status).toBe(401);
  });
});
