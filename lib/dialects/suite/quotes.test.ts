import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { suite } from "@/lib/dialects";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { addSuiteCustomer, bearer } from "./suite-test-fixtures";

describe("suite: quotes", () => {
  it("creates QUO-<year>-001 with exact totals, changes status, converts once into an invoice with the same items", async () => {
    const a = await createTestTenant();
    const b = await createTestTenant();
    const customerId = await addSuiteCustomer(a, "Quoted");
    await callRoute(suite.createProduct.handler, {
      path: "/api/v2/products",
      headers: bearer(a.key),
      body: { name: "Hosting", price: 99.99, type: "service", tax_rate: 10 },
    });
    const created = await callRoute(suite.createQuote.handler, {
      path: "/api/v2/quotes",
      headers: bearer(a.key),
      body: {
        customer_id: customerId,
        valid_until: "2030-02-15",
        items: [
          { description: "Consulting Services", amount: 2000.0, qty: 1 },
          { product_id: 1, qty: 2 },
        ],
      },
    });
    expect(created.status).toBe(201);
    const year = new Date().getUTCFullYear();
    expect(created.json.data).toMatchObject({
      id: 1,
      quote_number: `QUO-${year}-001`,
      status: "draft",
      valid_until: "2030-02-15",
      subtotal: 2199.98,
      tax: 20,
      amount: 2219.98,
      invoice_id: null,
    });

    const sent = await callRoute(suite.updateQuote.handler, {
      method: "PUT",
      path: "/api/v2/quotes/1",
      headers: bearer(a.key),
      params: { id: "1" },
      body: { status: "sent" },
    });
    expect(sent.json.data.status).toBe("sent");
    const badStatus = await callRoute(suite.updateQuote.handler, {
      method: "PUT",
      path: "/api/v2/quotes/1",
      headers: bearer(a.key),
      params: { id: "1" },
      body: { status: "lost" },
    });
    expect(badStatus.json.errors).toEqual({ status: "Status must be one of: draft, sent, accepted, declined, expired" });

    // The product's tax rate changes after quoting: the invoice keeps the quoted rate.
    await callRoute(suite.updateProduct.handler, {
      method: "PUT",
      path: "/api/v2/products/1",
      headers: bearer(a.key),
      params: { id: "1" },
      body: { tax_rate: 20 },
    });
    const [first, second] = await Promise.all([
      callRoute(suite.convertQuote.handler, { path: "/api/v2/quotes/1/convert", headers: bearer(a.key), params: { id: "1" }, body: {} }),
      callRoute(suite.convertQuote.handler, { path: "/api/v2/quotes/1/convert", headers: bearer(a.key), params: { id: "1" }, body: {} }),
    ]);
    const [ok, refused] = first!.status === 201 ? [first!, second!] : [second!, first!];
    expect(ok.status).toBe(201);
    expect(ok.json.data.invoice).toMatchObject({ id: 1, invoice_number: `INV-${year}-001`, customer_id: customerId, amount: 2219.98, status: "Unpaid" });
    expect(ok.json.data.invoice.items.map((i: { description: string; qty: number; tax_rate: number }) => [i.description, i.qty, i.tax_rate])).toEqual([
      ["Consulting Services", 1, 0],
      ["Hosting", 2, 10],
    ]);
    expect(ok.json.data.quote).toMatchObject({ status: "accepted", invoice_id: 1, invoice_number: `INV-${year}-001` });
    expect(refused.status).toBe(409);
    expect(refused.json).toEqual({ success: false, message: `Quote was already converted to invoice INV-${year}-001` });
    const db = await getDb();
    expect(await db.invoice.count({ where: { tenantId: a.id } })).toBe(1);
    expect(await db.outboxEvent.count({ where: { tenantId: a.id, type: "invoice.created" } })).toBe(1);

    const locked = await callRoute(suite.deleteQuote.handler, { method: "DELETE", path: "/api/v2/quotes/1", headers: bearer(a.key), params: { id: "1" } });
    expect(locked.status).toBe(409);
    expect((await callRoute(suite.getQuote.handler, { path: "/api/v2/quotes/1", headers: bearer(b.key), params: { id: "1" } })).status).toBe(404);
    expect(
      (await callRoute(suite.convertQuote.handler, { path: "/api/v2/quotes/1/convert", headers: bearer(b.key), params: { id: "1" }, body: {} })).status,
    ).toBe(404);
    const list = await callRoute(suite.listQuotes.handler, { path: "/api/v2/quotes?status=accepted", headers: bearer(a.key) });
    expect(list.json).toMatchObject({ data: [{ id: 1 }], meta: { current_page: 1, total_pages: 1, total_records: 1 } });
  });

  it("refuses to convert a declined quote, and deletes an unconverted one", async () => {
    const a = await createTestTenant();
    const customerId = await addSuiteCustomer(a, "Declines");
    await callRoute(suite.createQuote.handler, {
      path: "/api/v2/quotes",
      headers: bearer(a.key),
      body: { customer_id: customerId, status: "declined", items: [{ description: "X", amount: 1 }] },
    });
    const refused = await callRoute(suite.convertQuote.handler, { path: "/api/v2/quotes/1/convert", headers: bearer(a.key), params: { id: "1" }, body: {} });
    expect(refused.status).toBe(409);
    const deleted = await callRoute(suite.deleteQuote.handler, { method: "DELETE", path: "/api/v2/quotes/1", headers: bearer(a.key), params: { id: "1" } });
    expect(deleted.json).toEqual({ success: true, message: "Quote deleted", data: { id: 1 } });
  });
});
