import { describe, expect, it } from "vitest";
import { suite } from "@/lib/dialects";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { addSuiteCustomer, bearer } from "./suite-test-fixtures";

describe("suite: transactions, accounts, categories", () => {
  it("records the seed's transaction with account 1 and category 1, and validates amount, type and refs", async () => {
    const a = await createTestTenant();
    const b = await createTestTenant();
    const seed = { type: "Income", account_id: 1, amount: 1500.0, category_id: 1, description: "Website Development Payment", date: "2024-01-15" };
    const created = await callRoute(suite.createTransaction.handler, { path: "/api/v2/transactions", headers: bearer(a.key), body: seed });
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({ id: 1, type: "Income", account_id: 1, category_id: 1, amount: 1500, date: "2024-01-15", invoice_id: null });
    const bad = await callRoute(suite.createTransaction.handler, {
      path: "/api/v2/transactions",
      headers: bearer(a.key),
      body: { ...seed, amount: 0, type: "Gift" },
    });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({
      success: false,
      errors: { amount: "Amount must be greater than 0", type: "Type must be one of: Income, Expense" },
      message: "Validation failed",
    });
    const negative = await callRoute(suite.createTransaction.handler, { path: "/api/v2/transactions", headers: bearer(a.key), body: { ...seed, amount: -5 } });
    expect(negative.json.errors).toEqual({ amount: "Amount must be greater than 0" });
    const refs = await callRoute(suite.createTransaction.handler, {
      path: "/api/v2/transactions",
      headers: bearer(a.key),
      body: { ...seed, account_id: 5, category_id: 50 },
    });
    expect(refs.json.errors).toEqual({ account_id: "Account not found", category_id: "Category not found" });

    await callRoute(suite.createTransaction.handler, {
      path: "/api/v2/transactions",
      headers: bearer(a.key),
      body: { type: "expense", account_id: 1, amount: "99.99", category_id: 3, date: "2024-02-01" },
    });
    const list = (q: string) => callRoute(suite.listTransactions.handler, { path: `/api/v2/transactions${q}`, headers: bearer(a.key) });
    expect((await list("?type=Expense")).json.data.map((t: { id: number }) => t.id)).toEqual([2]);
    expect((await list("?date_from=2024-01-01&date_to=2024-01-31")).json).toMatchObject({ data: [{ id: 1 }], meta: { total_records: 1 } });
    expect((await list("?category_id=3")).json.data).toHaveLength(1);

    const updated = await callRoute(suite.updateTransaction.handler, {
      method: "PUT",
      path: "/api/v2/transactions/2",
      headers: bearer(a.key),
      params: { id: "2" },
      body: { amount: 100 },
    });
    expect(updated.json.data).toMatchObject({ id: 2, amount: 100, type: "Expense" });
    expect((await callRoute(suite.getTransaction.handler, { path: "/api/v2/transactions/2", headers: bearer(b.key), params: { id: "2" } })).status).toBe(404);
    const deleted = await callRoute(suite.deleteTransaction.handler, {
      method: "DELETE",
      path: "/api/v2/transactions/2",
      headers: bearer(a.key),
      params: { id: "2" },
    });
    expect(deleted.json).toEqual({ success: true, message: "Transaction deleted", data: { id: 2 } });
    expect((await callRoute(suite.getTransaction.handler, { path: "/api/v2/transactions/2", headers: bearer(a.key), params: { id: "2" } })).status).toBe(404);
  });

  it("deleting or changing a payment moves its invoice's status", async () => {
    const a = await createTestTenant();
    const customerId = await addSuiteCustomer(a, "Payer");
    await callRoute(suite.createInvoice.handler, {
      path: "/api/v2/invoices",
      headers: bearer(a.key),
      body: { customer_id: customerId, items: [{ description: "W", amount: 100 }] },
    });
    await callRoute(suite.recordPayment.handler, { path: "/api/v2/invoices/1/payments", headers: bearer(a.key), params: { id: "1" }, body: { amount: 100 } });
    const over = await callRoute(suite.updateTransaction.handler, {
      method: "PUT",
      path: "/api/v2/transactions/1",
      headers: bearer(a.key),
      params: { id: "1" },
      body: { amount: 150 },
    });
    expect(over.status).toBe(400);
    expect(Object.keys(over.json.errors)).toEqual(["amount"]);
    await callRoute(suite.updateTransaction.handler, {
      method: "PUT",
      path: "/api/v2/transactions/1",
      headers: bearer(a.key),
      params: { id: "1" },
      body: { amount: 40 },
    });
    const invoice = () => callRoute(suite.getInvoice.handler, { path: "/api/v2/invoices/1", headers: bearer(a.key), params: { id: "1" } });
    expect((await invoice()).json.data).toMatchObject({ status: "Partially Paid", amount_paid: 40 });
    await callRoute(suite.deleteTransaction.handler, { method: "DELETE", path: "/api/v2/transactions/1", headers: bearer(a.key), params: { id: "1" } });
    expect((await invoice()).json.data).toMatchObject({ status: "Unpaid", amount_paid: 0, balance: 100 });
  });

  it("lists and creates accounts and categories; every tenant has account 1 and category 1", async () => {
    const a = await createTestTenant();
    const accounts = await callRoute(suite.listAccounts.handler, { path: "/api/v2/accounts", headers: bearer(a.key) });
    expect(accounts.json).toMatchObject({ data: [{ id: 1, name: "Main account", type: "bank", currency: "USD" }], meta: { total_records: 1 } });
    const account = await callRoute(suite.createAccount.handler, {
      path: "/api/v2/accounts",
      headers: bearer(a.key),
      body: { name: "Cash box", type: "cash" },
    });
    expect(account.status).toBe(201);
    expect(account.json.data).toMatchObject({ id: 2, name: "Cash box", type: "cash" });
    const categories = await callRoute(suite.listCategories.handler, { path: "/api/v2/categories?type=income", headers: bearer(a.key) });
    expect(categories.json.data.map((c: { id: number; type: string }) => [c.id, c.type])).toEqual([
      [1, "Income"],
      [2, "Income"],
    ]);
    const category = await callRoute(suite.createCategory.handler, {
      path: "/api/v2/categories",
      headers: bearer(a.key),
      body: { name: "Rent", type: "Expense" },
    });
    expect(category.json.data).toMatchObject({ id: 5, name: "Rent", type: "Expense" });
    const bad = await callRoute(suite.createCategory.handler, { path: "/api/v2/categories", headers: bearer(a.key), body: { name: "" } });
    expect(bad.json.errors).toEqual({ name: "Name is required", type: "Type is required" });
  });
});
