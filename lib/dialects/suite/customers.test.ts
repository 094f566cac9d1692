import { describe, expect, it } from "vitest";
import { suite } from "@/lib/dialects";
import { getDb } from "@/lib/db/client";
import { nextSeq } from "@/lib/crm/sequence";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";

async function addCustomers(tenant: TestTenant, names: string[]): Promise<void> {
  const db = await getDb();
  for (const name of names) {
    await db.$transaction(async (tx) => {
      const seq = await nextSeq(tx, tenant.id, "customer");
      await tx.customer.create({
        data: { tenantId: tenant.id, seq, name, email: `${name.toLowerCase().replace(/\s/g, ".")}@example.com`, phone: "1234567890" },
      });
    });
  }
}

describe("suite: customers", () => {
  it("lists with page meta and numbers ids per tenant", async () => {
    const a = await createTestTenant();
    const b = await createTestTenant();
    await addCustomers(a, ["Jane Smith", "John Doe", "Acme Ltd"]);
    await addCustomers(b, ["Other Tenant Co"]);
    const page = await callRoute(suite.listCustomers.handler, { path: "/api/v2/customers?page=1&limit=2", headers: { Authorization: `Bearer ${a.key}` } });
    expect(page.status).toBe(200);
    expect(page.json.success).toBe(true);
    expect(page.json.meta).toEqual({ current_page: 1, total_pages: 2, total_records: 3 });
    expect(page.json.data[0]).toMatchObject({ id: 1, account: "Jane Smith", email: "jane.smith@example.com", phone: "1234567890" });
    expect(page.headers.get("x-ratelimit-limit")).toBe("1000");

    const other = await callRoute(suite.listCustomers.handler, { path: "/api/v2/customers", headers: { "X-API-Key": b.key } });
    expect(other.json.data).toHaveLength(1);
    expect(other.json.data[0]).toMatchObject({ id: 1, account: "Other Tenant Co" });

    const search = await callRoute(suite.listCustomers.handler, { path: "/api/v2/customers?search=acme", headers: { "X-API-Key": a.key } });
    expect(search.json.data.map((c: { account: string }) => c.account)).toEqual(["Acme Ltd"]);
  });

  it("gets one by its integer id; another tenant's id is a 404", async () => {
    const a = await createTestTenant();
    const b = await createTestTenant();
    await addCustomers(a, ["Jane Smith", "Second"]);
    const found = await callRoute(suite.getCustomer.handler, { path: "/api/v2/customers/2", headers: { "X-API-Key": a.key }, params: { id: "2" } });
    expect(found.status).toBe(200);
    expect(found.json).toMatchObject({ success: true, data: { id: 2, account: "Second" } });
    const foreign = await callRoute(suite.getCustomer.handler, { path: "/api/v2/customers/2", headers: { "X-API-Key": b.key }, params: { id: "2" } });
    expect(foreign.status).toBe(404);
    expect(foreign.json).toEqual({ success: false, message: "Customer not found" });
    const junk = await callRoute(suite.getCustomer.handler, { path: "/api/v2/customers/abc", headers: { "X-API-Key": a.key }, params: { id: "abc" } });
    expect(junk.status).toBe(404);
  });

  it("answers bad paging with the seed's validation envelope", async () => {
    const a = await createTestTenant();
    const reply = await callRoute(suite.listCustomers.handler, { path: "/api/v2/customers?page=0&limit=1000", headers: { "X-API-Key": a.key } });
    expect(reply.status).toBe(400);
    expect(reply.json.success).toBe(false);
    expect(reply.json.message).toBe("Validation failed");
    expect(Object.keys(reply.json.errors).sort()).toEqual(["limit", "page"]);
  });
});
