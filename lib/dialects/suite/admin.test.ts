import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { suite } from "@/lib/dialects";
import { consumeRateLimit } from "@/lib/http/rate-limit";
import { callRoute } from "@/lib/testing/call-route";
import { createTestKey, createTestTenant } from "@/lib/testing/test-tenant";
import { addSuiteCustomer, bearer } from "./suite-test-fixtures";

const unique = () => `u${Math.random().toString(36).slice(2, 10)}@example.com`;

describe("suite: leads, users, reports, auth and limits", () => {
  it("creates the seed's lead through the shared createLead; source matched case-insensitively", async () => {
    const a = await createTestTenant();
    const reply = await callRoute(suite.createLead.handler, {
      path: "/api/v2/leads",
      headers: bearer(a.key),
      body: { first_name: "John", last_name: "Smith", email: "john@example.com", company: "Acme Corp", phone: "1234567890", source: "Website" },
    });
    expect(reply.status).toBe(201);
    expect(reply.json.data).toMatchObject({ id: 1, first_name: "John", last_name: "Smith", email: "john@example.com", source: "Website", status: "new" });
    const db = await getDb();
    const lead = await db.lead.findFirstOrThrow({ where: { tenantId: a.id } });
    expect(lead).toMatchObject({ name: "John Smith", source: "website" });
    expect(await db.outboxEvent.count({ where: { tenantId: a.id, type: "lead.created" } })).toBe(1);
    const lower = await callRoute(suite.createLead.handler, {
      path: "/api/v2/leads",
      headers: bearer(a.key),
      body: { first_name: "Ann", email: "ann@example.com", source: "REFERRAL" },
    });
    expect(lower.json.data.source).toBe("Referral");
    const bad = await callRoute(suite.createLead.handler, {
      path: "/api/v2/leads",
      headers: bearer(a.key),
      body: { first_name: "X", email: "bad", source: "Billboard" },
    });
    expect(bad.json).toEqual({
      success: false,
      message: "Validation failed",
      errors: { email: "Invalid email format", source: "Source must be one of: Website, Social, Referral, Email, Phone, Campaign, Direct, Other" },
    });
  });

  it("users: admin scope required, role words mapped both ways, password never answered, duplicate email named", async () => {
    const a = await createTestTenant();
    const email = unique();
    const created = await callRoute(suite.createUser.handler, {
      path: "/api/v2/users",
      headers: bearer(a.key),
      body: { name: "Admin User", email, password: "securepassword", role: "administrator" },
    });
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({ id: 1, name: "Admin User", email, role: "administrator", active: true });
    expect(created.text).not.toMatch(/password|hash|securepassword/i);
    const db = await getDb();
    const stored = await db.user.findFirstOrThrow({ where: { tenantId: a.id, email } });
    expect(stored.role).toBe("admin");
    expect(stored.passwordHash).not.toContain("securepassword");

    const list = await callRoute(suite.listUsers.handler, { path: "/api/v2/users", headers: bearer(a.key) });
    expect(list.json).toMatchObject({ data: [{ id: 1, role: "administrator" }], meta: { total_records: 1 } });
    expect(list.text).not.toMatch(/password|hash/i);

    const dup = await callRoute(suite.createUser.handler, {
      path: "/api/v2/users",
      headers: bearer(a.key),
      body: { name: "Again", email, password: "securepassword" },
    });
    expect(dup.status).toBe(409);
    expect(dup.json.errors).toEqual({ email: "A user with this email already exists" });
    const bad = await callRoute(suite.createUser.handler, {
      path: "/api/v2/users",
      headers: bearer(a.key),
      body: { name: "X", email: "nope", password: "short", role: "boss" },
    });
    expect(bad.json.errors).toEqual({
      email: "Invalid email format",
      password: "Password must be at least 10 characters",
      role: "Role must be one of: administrator, manager, staff, analyst",
    });

    const readOnly = await createTestKey(a, ["read:customers", "read:billing"]);
    const forbidden = await callRoute(suite.createUser.handler, {
      path: "/api/v2/users",
      headers: bearer(readOnly),
      body: { name: "Sneaky", email: unique(), password: "securepassword" },
    });
    expect(forbidden.status).toBe(403);
    expect(forbidden.json).toEqual({ success: false, message: "This credential lacks the manage:users scope" });
    expect((await callRoute(suite.listUsers.handler, { path: "/api/v2/users", headers: bearer(readOnly) })).status).toBe(403);
  });

  it("financial report: income, expenses, profit and outstanding invoices for a year and a month, exact", async () => {
    const a = await createTestTenant();
    const customerId = await addSuiteCustomer(a, "Reported");
    const tx = (body: object) =>
      callRoute(suite.createTransaction.handler, { path: "/api/v2/transactions", headers: bearer(a.key), body: { account_id: 1, ...body } });
    await tx({ type: "Income", amount: 0.1, date: "2024-01-05" });
    await tx({ type: "Income", amount: 0.2, date: "2024-01-06" });
    await tx({ type: "Expense", amount: 0.05, date: "2024-01-07" });
    await tx({ type: "Expense", amount: 1000, date: "2024-06-01" });
    await tx({ type: "Income", amount: 5, date: "2025-01-01" });
    await callRoute(suite.createInvoice.handler, {
      path: "/api/v2/invoices",
      headers: bearer(a.key),
      body: { customer_id: customerId, date: "2024-01-15", items: [{ description: "A", amount: 3000, qty: 1 }] },
    });
    await callRoute(suite.createInvoice.handler, {
      path: "/api/v2/invoices",
      headers: bearer(a.key),
      body: { customer_id: customerId, date: "2024-03-15", items: [{ description: "B", amount: 100, qty: 1 }] },
    });
    await callRoute(suite.recordPayment.handler, {
      path: "/api/v2/invoices/1/payments",
      headers: bearer(a.key),
      params: { id: "1" },
      body: { amount: 1000, date: "2024-01-20" },
    });
    const report = (q: string) => callRoute(suite.financialReport.handler, { path: `/api/v2/reports/financial${q}`, headers: bearer(a.key) });
    const january = await report("?year=2024&month=1");
    expect(january.status).toBe(200);
    expect(january.json.data).toEqual({
      income: 1000.3,
      expenses: 0.05,
      profit: 1000.25,
      outstanding_invoices: 2000,
      period: { year: 2024, month: 1, from: "2024-01-01", to: "2024-02-01" },
    });
    const year = await report("?year=2024");
    expect(year.json.data).toMatchObject({ income: 1000.3, expenses: 1000.05, profit: 0.25, outstanding_invoices: 2100 });
    const bad = await report("?year=2024&month=13");
    expect(bad.status).toBe(400);
    expect(bad.json.errors).toEqual({ month: "Month must be between 1 and 12" });
  });

  it("answers the seed's auth body; rate-limit headers on success and errors; 429 over the limit", async () => {
    const a = await createTestTenant();
    const none = await callRoute(suite.listInvoices.handler, { path: "/api/v2/invoices" });
    expect(none.status).toBe(401);
    expect(none.json).toEqual({ success: false, message: "Invalid API key or unauthorized access" });
    const wrong = await callRoute(suite.listInvoices.handler, { path: "/api/v2/invoices", headers: { "X-API-Key": "sk_wrong" } });
    expect(wrong.json).toEqual({ success: false, message: "Invalid API key or unauthorized access" });

    const ok = await callRoute(suite.listInvoices.handler, { path: "/api/v2/invoices", headers: { "X-API-Key": a.key } });
    expect(ok.status).toBe(200);
    expect(ok.json.meta).toEqual({ current_page: 1, total_pages: 0, total_records: 0 });
    expect(ok.headers.get("x-ratelimit-limit")).toBe("1000");
    const remaining = Number(ok.headers.get("x-ratelimit-remaining"));
    expect(remaining).toBe(999);
    const reset = Number(ok.headers.get("x-ratelimit-reset"));
    expect(reset).toBeGreaterThan(Date.now() / 1000);
    expect(reset).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 3600);
    const notFound = await callRoute(suite.getInvoice.handler, { path: "/api/v2/invoices/abc", headers: { "X-API-Key": a.key }, params: { id: "abc" } });
    expect(notFound.status).toBe(404);
    expect(notFound.headers.get("x-ratelimit-remaining")).toBe("998");
    const invalid = await callRoute(suite.createInvoice.handler, { path: "/api/v2/invoices", headers: { "X-API-Key": a.key }, body: {} });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get("x-ratelimit-remaining")).toBe("997");

    // Use up the hour's budget for this key directly, then one more request is a 429.
    const db = await getDb();
    const key = await db.apiKey.findFirstOrThrow({ where: { tenantId: a.id } });
    const rule = suite.dialect.rateLimit;
    for (let i = 0; i < 997; i++) await consumeRateLimit(rule, `api_key:${key.id}`);
    const limited = await callRoute(suite.listInvoices.handler, { path: "/api/v2/invoices", headers: { "X-API-Key": a.key } });
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({ success: false, message: "Rate limit exceeded: 1000 requests per hour" });
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(limited.headers.get("x-ratelimit-limit")).toBe("1000");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
