import { describe, expect, it } from "vitest";
import { suite } from "@/lib/dialects";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";

const auth = (key: string) => ({ Authorization: `Bearer ${key}` });

describe("suite: products", () => {
  it("creates (201) the seed's product and reads it back with exact money", async () => {
    const a = await createTestTenant();
    const created = await callRoute(suite.createProduct.handler, {
      path: "/api/v2/products",
      headers: auth(a.key),
      body: { name: "Web Hosting", price: 99.99, description: "Annual web hosting package", type: "service", tax_rate: 10 },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ success: true, data: { id: 1, name: "Web Hosting", price: 99.99, type: "service", tax_rate: 10, archived: false } });
    expect(created.headers.get("x-ratelimit-remaining")).toMatch(/^\d+$/);
    const got = await callRoute(suite.getProduct.handler, { path: "/api/v2/products/1", headers: auth(a.key), params: { id: "1" } });
    expect(got.json.data).toEqual(created.json.data);
    const list = await callRoute(suite.listProducts.handler, { path: "/api/v2/products", headers: auth(a.key) });
    expect(list.json.meta).toEqual({ current_page: 1, total_pages: 1, total_records: 1 });
  });

  it("validates price, type and tax rate in the suite envelope", async () => {
    const a = await createTestTenant();
    const bad = await callRoute(suite.createProduct.handler, {
      path: "/api/v2/products",
      headers: auth(a.key),
      body: { name: "", price: -1, type: "thing", tax_rate: 101 },
    });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({
      success: false,
      message: "Validation failed",
      errors: {
        name: "Name is required",
        price: "Price must be 0 or greater",
        type: "Type must be product or service",
        tax_rate: "Tax rate must be between 0 and 100",
      },
    });
    expect(bad.headers.get("x-ratelimit-limit")).toBe("1000");
  });

  it("updates the fields given; delete removes, or archives when referenced; other tenants see 404", async () => {
    const a = await createTestTenant();
    const b = await createTestTenant();
    await callRoute(suite.createProduct.handler, { path: "/api/v2/products", headers: auth(a.key), body: { name: "Gadget", price: "10.50" } });
    const updated = await callRoute(suite.updateProduct.handler, {
      method: "PUT",
      path: "/api/v2/products/1",
      headers: auth(a.key),
      params: { id: "1" },
      body: { price: 12 },
    });
    expect(updated.json.data).toMatchObject({ name: "Gadget", price: 12, type: "product" });
    const foreign = await callRoute(suite.getProduct.handler, { path: "/api/v2/products/1", headers: auth(b.key), params: { id: "1" } });
    expect(foreign.status).toBe(404);
    expect(foreign.json).toEqual({ success: false, message: "Product not found" });
    const foreignDelete = await callRoute(suite.deleteProduct.handler, {
      method: "DELETE",
      path: "/api/v2/products/1",
      headers: auth(b.key),
      params: { id: "1" },
    });
    expect(foreignDelete.status).toBe(404);
    const junk = await callRoute(suite.getProduct.handler, { path: "/api/v2/products/x", headers: auth(a.key), params: { id: "x" } });
    expect(junk.status).toBe(404);
    const deleted = await callRoute(suite.deleteProduct.handler, { method: "DELETE", path: "/api/v2/products/1", headers: auth(a.key), params: { id: "1" } });
    expect(deleted.json).toEqual({ success: true, message: "Product deleted", data: { id: 1, archived: false } });
    const gone = await callRoute(suite.getProduct.handler, { path: "/api/v2/products/1", headers: auth(a.key), params: { id: "1" } });
    expect(gone.status).toBe(404);
  });
});
