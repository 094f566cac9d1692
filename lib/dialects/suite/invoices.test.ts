import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { suite } from "@/lib/dialects";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";
import { addSuiteCustomer, bearer } from "./suite-test-fixtures";

const seedInvoice = (customerId: number) => ({
  customer_id: customerId,
  date: "2024-01-15",
  due_date: "2024-02-15",
  items: [{ description: "Web Development", amount: 1500.0, qty: 1 }],
  notes: "Payment due within 30 days",
});

async function create(tenant: TestTenant, body: unknown) {
  return callRoute(suite.createInvoice.handler, { path: "/api/v2/invoices", headers: bearer(tenant.key), body });
}

async function pay(tenant: TestTenant, id: number, body: unknown) {
  return callRoute(suite.recordPayment.handler, { path: `/api/v2/invoices/${id}/payments`, headers: bearer(tenant.key), params: { id: String(id) }, body });
}

async function eventsOf(tenant: TestTenant, type: string) {
  const db = await getDb();
  return db.outboxEvent.findMany({ where: { tenantId: tenant.id, type }, orderBy: { occurredAt: "asc" } });
}

describe("suite: invoices", () => {
  it("creates the seed's invoice (201) numbered INV-2024-001 and records invoice.created", async () => {
    const a = await createTestTenant();
    const customerId = await addSuiteCustomer(a, "John Doe");
    const reply = await create(a, seedInvoice(customerId));
    expect(reply.status).toBe(201);
    expect(reply.json).toMatchObject({
      success: true,
      data: {
        id: 1,
        invoice_number: "INV-2024-001",
        customer_id: customerId,
        amount: 1500,
        status: "Unpaid",
        due_date: "2024-02-15",
        date: "2024-01-15",
        items: [{ description: "Web Development", amount: 1500, qty: 1 }],
        notes: "Payment due within 30 days",
      },
    });
    const events = await eventsOf(a, "invoice.created");
    expect(events).toHaveLength(1);
    expect(events[0]?.payload).toMatchObject({ event: "invoice.created", data: { invoice_id: 1, invoice_number: "INV-2024-001", amount: 1500 } });
    const second = await create(a, { ...seedInvoice(customerId), date: "2024-03-01" });
    expect(second.json.data.invoice_number).toBe("INV-2024-002");
    const nextYear = await create(a, { ...seedInvoice(customerId), date: "2025-01-02" });
    expect(nextYear.json.data.invoice_number).toBe("INV-2025-001");
  });

  it("sums exactly: 3 × 0.10 is 0.3, and taxed products add their tax", async () => {
    const a = await createTestTenant();
    const customerId = await addSuiteCustomer(a, "Exact Co");
    const cents = await create(a, { customer_id: customerId, items: [{ description: "Dime", amount: 0.1, qty: 3 }] });
    expect(cents.status).toBe(201);
    expect(cents.json.data).toMatchObject({ amount: 0.3, subtotal: 0.3, tax: 0 });
    expect(JSON.stringify(cents.json.data.amount)).toBe("0.3");
    await callRoute(suite.createProduct.handler, {
      path: "/api/v2/products",
      headers: bearer(a.key),
      body: { name: "Web Hosting", price: 99.99, type: "service", tax_rate: 10 },
    });
    const taxed = await create(a, { customer_id: customerId, items: [{ product_id: 1 }, { description: "Setup", amount: "0.10", qty: 3 }] });
    expect(taxed.json.data).toMatchObject({ subtotal: 100.29, tax: 10, amount: 110.29 });
    expect(taxed.json.data.items[0]).toMatchObject({ description: "Web Hosting", amount: 99.99, qty: 1, product_id: 1, tax_rate: 10, line_total: 99.99 });
  });

  it("answers each validation problem in the seed's envelope, naming item fields", async () => {
    const a = await createTestTenant();
    const empty = await create(a, {});
    expect(empty.status).toBe(400);
    expect(empty.json.message).toBe("Validation failed");
    expect(Object.keys(empty.json.errors).sort()).toEqual(["customer_id", "items"]);
    const customerId = await addSuiteCustomer(a, "V");
    const bad = await create(a, { customer_id: customerId, date: "2024-02-30", items: [{ description: "x", amount: -1, qty: 0 }] });
    expect(bad.json.errors).toEqual({
      date: "Date must be a date as YYYY-MM-DD",
      "items.0.amount": "Amount must be 0 or greater",
      "items.0.qty": "Quantity must be greater than 0",
    });
    const noCustomer = await create(a, { customer_id: 999, items: [{ description: "x", amount: 1 }] });
    expect(noCustomer.status).toBe(400);
    expect(noCustomer.json.errors).toEqual({ customer_id: "Customer not found" });
    const noProduct = await create(a, { customer_id: customerId, items: [{ description: "x", amount: 1 }, { product_id: 7 }] });
    expect(noProduct.json.errors).toEqual({ "items.1.product_id": "Product not found" });
    const db = await getDb();
    expect(await db.invoice.count({ where: { tenantId: a.id } })).toBe(0);
  });

  it("numbers 20 concurrent creations INV-<year>-001…020 with no gaps or repeats", async () => {
    const a = await createTestTenant();
    const customerId = await addSuiteCustomer(a, "Busy Co");
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        create(a, { customer_id: customerId, date: "2026-05-01", items: [{ description: `Line ${i}`, amount: 10, qty: 1 }] }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(20).fill(201));
    const numbers = replies.map((r) => r.json.data.invoice_number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => `INV-2026-${String(i + 1).padStart(3, "0")}`));
    expect(replies.map((r) => r.json.data.id as number).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("moves Unpaid → Partially Paid → Paid with payments, refuses overpayment, and locks a paid invoice", async () => {
    const a = await createTestTenant();
    const customerId = await addSuiteCustomer(a, "Payer");
    await create(a, { customer_id: customerId, date: "2024-01-15", items: [{ description: "Work", amount: "100.10", qty: 3 }] });
    const zero = await pay(a, 1, { amount: 0 });
    expect(zero.status).toBe(400);
    expect(zero.json).toEqual({ success: false, errors: { amount: "Amount must be greater than 0" }, message: "Validation failed" });
    const part = await pay(a, 1, { amount: 100.1, date: "2024-01-20", account_id: 1, method: "bank_transfer" });
    expect(part.status).toBe(201);
    expect(part.json.data.payment).toMatchObject({
      id: 1,
      type: "Income",
      amount: 100.1,
      invoice_id: 1,
      account_id: 1,
      method: "bank_transfer",
      date: "2024-01-20",
    });
    expect(part.json.data.invoice).toMatchObject({ status: "Partially Paid", amount: 300.3, amount_paid: 100.1, balance: 200.2 });
    const over = await pay(a, 1, { amount: 200.21 });
    expect(over.status).toBe(400);
    expect(over.json.errors).toEqual({ amount: "Amount exceeds the balance due of 200.20" });
    const badAccount = await pay(a, 1, { amount: 1, account_id: 99 });
    expect(badAccount.json.errors).toEqual({ account_id: "Account not found" });
    const rest = await pay(a, 1, { amount: 200.2 });
    expect(rest.json.data.invoice).toMatchObject({ status: "Paid", amount_paid: 300.3, balance: 0 });
    const again = await pay(a, 1, { amount: 1 });
    expect(again.json.errors).toEqual({ amount: "Invoice is already paid" });
    const events = await eventsOf(a, "payment.received");
    expect(events.map((e) => (e.payload as { data: { invoice_status: string } }).data.invoice_status)).toEqual(["partially_paid", "paid"]);

    const del = await callRoute(suite.deleteInvoice.handler, { method: "DELETE", path: "/api/v2/invoices/1", headers: bearer(a.key), params: { id: "1" } });
    expect(del.status).toBe(409);
    expect(del.json).toEqual({ success: false, message: "Invoice has payments and cannot be deleted" });
    const edit = await callRoute(suite.updateInvoice.handler, {
      method: "PUT",
      path: "/api/v2/invoices/1",
      headers: bearer(a.key),
      params: { id: "1" },
      body: { items: [{ description: "x", amount: 1 }] },
    });
    expect(edit.status).toBe(409);
    const note = await callRoute(suite.updateInvoice.handler, {
      method: "PUT",
      path: "/api/v2/invoices/1",
      headers: bearer(a.key),
      params: { id: "1" },
      body: { notes: "Thanks" },
    });
    expect(note.json.data).toMatchObject({ notes: "Thanks", status: "Paid" });
  });

  it("two concurrent payments cannot both take the last balance", async () => {
    const a = await createTestTenant();
    const customerId = await addSuiteCustomer(a, "Race");
    await create(a, { customer_id: customerId, items: [{ description: "Work", amount: 50, qty: 1 }] });
    const replies = await Promise.all([pay(a, 1, { amount: 50 }), pay(a, 1, { amount: 50 })]);
    expect(replies.map((r) => r.status).sort()).toEqual([201, 400]);
    const got = await callRoute(suite.getInvoice.handler, { path: "/api/v2/invoices/1", headers: bearer(a.key), params: { id: "1" } });
    expect(got.json.data).toMatchObject({ status: "Paid", amount_paid: 50 });
  });

  it("lists with filters and meta; replaces items while unpaid; deletes; isolates tenants", async () => {
    const a = await createTestTenant();
    const b = await createTestTenant();
    const c1 = await addSuiteCustomer(a, "One");
    const c2 = await addSuiteCustomer(a, "Two");
    await create(a, { customer_id: c1, date: "2024-01-10", items: [{ description: "A", amount: 10 }] });
    await create(a, { customer_id: c2, date: "2024-02-10", items: [{ description: "B", amount: 20 }] });
    await create(a, { customer_id: c2, date: "2024-03-10", items: [{ description: "C", amount: 30 }] });
    await pay(a, 2, { amount: 20 });
    await pay(a, 3, { amount: 5 });
    const list = (q: string) => callRoute(suite.listInvoices.handler, { path: `/api/v2/invoices${q}`, headers: bearer(a.key) });
    expect((await list("?status=Paid")).json.data.map((i: { id: number }) => i.id)).toEqual([2]);
    expect((await list("?status=partially%20paid")).json.data.map((i: { id: number }) => i.id)).toEqual([3]);
    expect((await list(`?customer_id=${c2}`)).json.meta).toEqual({ current_page: 1, total_pages: 1, total_records: 2 });
    expect((await list("?date_from=2024-02-01&date_to=2024-03-10")).json.data.map((i: { id: number }) => i.id)).toEqual([2, 3]);
    expect((await list("?limit=2&page=2")).json).toMatchObject({ data: [{ id: 3 }], meta: { current_page: 2, total_pages: 2, total_records: 3 } });
    const badStatus = await list("?status=Overdue");
    expect(badStatus.status).toBe(400);
    expect(badStatus.json.errors.status).toBe("Status must be one of: Paid, Unpaid, Partially Paid, Cancelled");

    const replaced = await callRoute(suite.updateInvoice.handler, {
      method: "PUT",
      path: "/api/v2/invoices/1",
      headers: bearer(a.key),
      params: { id: "1" },
      body: {
        items: [
          { description: "X", amount: 0.1, qty: 3 },
          { description: "Y", amount: 1 },
        ],
      },
    });
    expect(replaced.json.data).toMatchObject({ amount: 1.3, items: [{ description: "X" }, { description: "Y" }] });

    const foreign = await callRoute(suite.getInvoice.handler, { path: "/api/v2/invoices/1", headers: bearer(b.key), params: { id: "1" } });
    expect(foreign.status).toBe(404);
    expect(foreign.json).toEqual({ success: false, message: "Invoice not found" });
    expect((await pay(b, 1, { amount: 1 })).status).toBe(404);
    const deleted = await callRoute(suite.deleteInvoice.handler, { method: "DELETE", path: "/api/v2/invoices/1", headers: bearer(a.key), params: { id: "1" } });
    expect(deleted.json).toEqual({ success: true, message: "Invoice deleted", data: { id: 1, invoice_number: "INV-2024-001" } });
    expect((await list("")).json.meta.total_records).toBe(2);
  });
});
