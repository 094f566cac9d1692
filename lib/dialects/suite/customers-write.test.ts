import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { suite } from "@/lib/dialects";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { bearer } from "./suite-test-fixtures";

const seedCustomer = {
  account: "Jane Smith",
  email: "jane@example.com",
  phone: "1234567890",
  address: "123 Business St",
  city: "New York",
  state: "NY",
  zip: "10001",
  country: "US",
};

describe("suite: customer writes and batch", () => {
  it("creates the seed's customer (201), updates and deletes it; the email rule holds", async () => {
    const a = await createTestTenant();
    const b = await createTestTenant();
    const created = await callRoute(suite.createCustomer.handler, { path: "/api/v2/customers", headers: bearer(a.key), body: seedCustomer });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ success: true, data: { id: 1, ...seedCustomer } });
    const db = await getDb();
    expect(await db.outboxEvent.count({ where: { tenantId: a.id, type: "customer.created" } })).toBe(1);

    const bad = await callRoute(suite.createCustomer.handler, {
      path: "/api/v2/customers",
      headers: bearer(a.key),
      body: { account: "X", email: "not-an-email" },
    });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ success: false, errors: { email: "Invalid email format" }, message: "Validation failed" });
    const dup = await callRoute(suite.createCustomer.handler, {
      path: "/api/v2/customers",
      headers: bearer(a.key),
      body: { account: "Jane 2", email: "JANE@example.com" },
    });
    expect(dup.status).toBe(409);
    expect(dup.json).toEqual({
      success: false,
      errors: { email: "A customer with this email already exists" },
      message: "A customer with this email already exists",
    });

    const updated = await callRoute(suite.updateCustomer.handler, {
      method: "PUT",
      path: "/api/v2/customers/1",
      headers: bearer(a.key),
      params: { id: "1" },
      body: { city: "Boston", zip: null },
    });
    expect(updated.json.data).toMatchObject({ id: 1, account: "Jane Smith", city: "Boston", zip: null });
    const foreign = await callRoute(suite.updateCustomer.handler, {
      method: "PUT",
      path: "/api/v2/customers/1",
      headers: bearer(b.key),
      params: { id: "1" },
      body: { city: "Paris" },
    });
    expect(foreign.status).toBe(404);
    const foreignDelete = await callRoute(suite.deleteCustomer.handler, {
      method: "DELETE",
      path: "/api/v2/customers/1",
      headers: bearer(b.key),
      params: { id: "1" },
    });
    expect(foreignDelete.status).toBe(404);
    const deleted = await callRoute(suite.deleteCustomer.handler, {
      method: "DELETE",
      path: "/api/v2/customers/1",
      headers: bearer(a.key),
      params: { id: "1" },
    });
    expect(deleted.json).toEqual({ success: true, message: "Customer deleted", data: { id: 1 } });
    expect((await callRoute(suite.getCustomer.handler, { path: "/api/v2/customers/1", headers: bearer(a.key), params: { id: "1" } })).status).toBe(404);
  });

  it("batch: all or nothing, naming the failing item's index and field", async () => {
    const a = await createTestTenant();
    const db = await getDb();
    const ok = await callRoute(suite.batchCustomers.handler, {
      path: "/api/v2/batch/customers",
      headers: bearer(a.key),
      body: {
        customers: [
          { account: "Customer 1", email: "customer1@example.com" },
          { account: "Customer 2", email: "customer2@example.com" },
        ],
      },
    });
    expect(ok.status).toBe(201);
    expect(ok.json.data.map((c: { id: number; account: string }) => [c.id, c.account])).toEqual([
      [1, "Customer 1"],
      [2, "Customer 2"],
    ]);

    const invalid = await callRoute(suite.batchCustomers.handler, {
      path: "/api/v2/batch/customers",
      headers: bearer(a.key),
      body: {
        customers: [
          { account: "Fine", email: "fine@example.com" },
          { account: "Bad", email: "nope" },
        ],
      },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.json).toEqual({ success: false, errors: { "customers.1.email": "Invalid email format" }, message: "Validation failed" });

    const duplicate = await callRoute(suite.batchCustomers.handler, {
      path: "/api/v2/batch/customers",
      headers: bearer(a.key),
      body: {
        customers: [
          { account: "New", email: "new@example.com" },
          { account: "Again", email: "customer1@example.com" },
          { account: "Twice", email: "new@example.com" },
        ],
      },
    });
    expect(duplicate.status).toBe(400);
    expect(duplicate.json.errors).toEqual({ "customers.1.email": "A customer with this email already exists" });
    expect(await db.customer.count({ where: { tenantId: a.id } })).toBe(2);
    expect(await db.outboxEvent.count({ where: { tenantId: a.id, type: "customer.created" } })).toBe(2);

    const tooMany = await callRoute(suite.batchCustomers.handler, {
      path: "/api/v2/batch/customers",
      headers: bearer(a.key),
      body: { customers: Array.from({ length: 1001 }, (_, i) => ({ account: `C${i}` })) },
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.errors).toEqual({ customers: "At most 1000 customers per batch" });

    const full = await callRoute(suite.batchCustomers.handler, {
      path: "/api/v2/batch/customers",
      headers: bearer(a.key),
      body: { customers: Array.from({ length: 1000 }, (_, i) => ({ account: `Bulk ${i}`, email: `bulk${i}@example.com` })) },
    });
    expect(full.status).toBe(201);
    expect(full.json.data).toHaveLength(1000);
    expect(full.json.data[999].id).toBe(1002);
  }, 120_000);
});
