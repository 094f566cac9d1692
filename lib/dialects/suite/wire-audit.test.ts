import path from "node:path";
import { describe, expect, it } from "vitest";
import * as invoicesRoute from "@/app/api/v2/invoices/route";
import * as quotesRoute from "@/app/api/v2/quotes/route";
import * as transactionsRoute from "@/app/api/v2/transactions/route";
import * as usersRoute from "@/app/api/v2/users/route";
import { GET as openApiRoute } from "@/app/api/docs/[document]/route";
import { DIALECTS } from "@/lib/dialects";
import type { RouteHandler } from "@/lib/http/endpoint";
import { callRoute } from "@/lib/testing/call-route";
import { createTestKey, createTestTenant } from "@/lib/testing/test-tenant";
import { addSuiteCustomer, bearer } from "./suite-test-fixtures";

// Audit of seed 004's wire rules over every /api/v2 route file: meta on every
// list, page/limit bounds, non-numeric ids as 404, rate-limit headers on every
// answer including errors, dates as YYYY-MM-DD, users never showing a password.
const ROOT = path.resolve(import.meta.dirname, "../../..");
const endpoints = DIALECTS.suite.endpoints.map((endpoint) => endpoint.spec);

/** The route file's handler for a declared path and method, as Next would call it. */
async function routeFor(specPath: string, method: string): Promise<RouteHandler> {
  const file = path.join(ROOT, "app", specPath.replace(/\{([^}]+)\}/g, "[$1]"), "route.ts");
  const routeModule = (await import(/* @vite-ignore */ file)) as Record<string, RouteHandler>;
  return routeModule[method]!;
}

const lists = endpoints.filter((spec) => spec.method === "GET" && !spec.path.includes("{") && spec.path !== "/api/v2/reports/financial");
const byId = endpoints.filter((spec) => spec.path.includes("{id}"));

function expectRateLimitHeaders(reply: { headers: Headers }, where: string) {
  expect(reply.headers.get("x-ratelimit-limit"), where).toBe("1000");
  expect(reply.headers.get("x-ratelimit-remaining"), where).toMatch(/^\d+$/);
  expect(Number(reply.headers.get("x-ratelimit-reset")), where).toBeGreaterThan(Date.now() / 1000);
}

describe("suite audit: every list", () => {
  it(`${lists.length} lists answer {success, data, meta} with page and limit (default 20, at most 100)`, async () => {
    expect(lists.map((spec) => spec.path).sort()).toEqual(
      [
        "/api/v2/accounts",
        "/api/v2/categories",
        "/api/v2/customers",
        "/api/v2/departments",
        "/api/v2/invoices",
        "/api/v2/products",
        "/api/v2/quotes",
        "/api/v2/tickets",
        "/api/v2/transactions",
        "/api/v2/users",
        "/api/v2/webhooks",
      ].sort(),
    );
    const tenant = await createTestTenant();
    const problems: string[] = [];
    for (const spec of lists) {
      const get = await routeFor(spec.path, "GET");
      const reply = await callRoute(get, { path: spec.path, headers: bearer(tenant.key) });
      expectRateLimitHeaders(reply, spec.path);
      if (reply.status !== 200) {
        problems.push(`${spec.path} → ${reply.status} ${reply.text.slice(0, 120)}`);
        continue;
      }
      if (reply.json.success !== true || !Array.isArray(reply.json.data)) problems.push(`${spec.path}: not {success: true, data: [...]}`);
      const meta = reply.json.meta;
      if (!meta || meta.current_page !== 1 || typeof meta.total_pages !== "number" || meta.total_records !== reply.json.data.length) {
        problems.push(`${spec.path}: meta ${JSON.stringify(meta)}`);
      }
      for (const query of ["limit=101", "limit=0", "page=0", "page=x"]) {
        const bad = await callRoute(get, { path: `${spec.path}?${query}`, headers: bearer(tenant.key) });
        if (bad.status !== 400 || bad.json?.success !== false || bad.json?.message !== "Validation failed") {
          problems.push(`${spec.path}?${query} → ${bad.status} ${bad.text.slice(0, 120)}`);
        }
      }
      const second = await callRoute(get, { path: `${spec.path}?page=2&limit=100`, headers: bearer(tenant.key) });
      if (second.status !== 200 || second.json.meta?.current_page !== 2)
        problems.push(`${spec.path}?page=2&limit=100 → ${second.status} ${second.text.slice(0, 120)}`);
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("pages by limit: 45 customers are 3 pages of 20 with total_records 45", async () => {
    const tenant = await createTestTenant();
    for (let i = 0; i < 45; i++) await addSuiteCustomer(tenant, `Paged ${i}`);
    const get = await routeFor("/api/v2/customers", "GET");
    const third = await callRoute(get, { path: "/api/v2/customers?page=3", headers: bearer(tenant.key) });
    expect(third.json.meta).toEqual({ current_page: 3, total_pages: 3, total_records: 45 });
    expect(third.json.data).toHaveLength(5);
  }, 60_000);
});

describe("suite audit: ids in paths", () => {
  it(`${byId.length} endpoints with {id}: a non-numeric, zero, negative or fractional id is a 404 in the envelope, with rate-limit headers`, async () => {
    const tenant = await createTestTenant();
    const problems: string[] = [];
    for (const spec of byId) {
      const handler = await routeFor(spec.path, spec.method);
      for (const id of ["abc", "0", "-1", "1.5", "99999999999"]) {
        const where = `${spec.method} ${spec.path.replace("{id}", id)}`;
        const reply = await callRoute(handler, {
          method: spec.method,
          path: spec.path.replace("{id}", id),
          headers: bearer(tenant.key),
          params: { id },
          body: spec.method === "GET" || spec.method === "DELETE" ? undefined : {},
        });
        if (reply.status !== 404 || reply.json?.success !== false || typeof reply.json?.message !== "string") {
          problems.push(`${where} → ${reply.status} ${reply.text.slice(0, 120)}`);
        }
        if (reply.headers.get("x-ratelimit-limit") !== "1000") problems.push(`${where}: no X-RateLimit-Limit`);
      }
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });
});

describe("suite audit: rate-limit headers on errors", () => {
  it("on 400, 403 and 409 as on 200 and 404", async () => {
    const tenant = await createTestTenant();
    const invalid = await callRoute(transactionsRoute.POST, { path: "/api/v2/transactions", headers: bearer(tenant.key), body: { amount: 0 } });
    expect(invalid.status).toBe(400);
    expect(invalid.json).toMatchObject({ success: false, message: "Validation failed", errors: { amount: "Amount must be greater than 0" } });
    expectRateLimitHeaders(invalid, "400");
    const readOnly = await createTestKey(tenant, ["read:customers"]);
    const forbidden = await callRoute(usersRoute.POST, {
      path: "/api/v2/users",
      headers: bearer(readOnly),
      body: { name: "X", email: "x@example.com", password: "securepassword", role: "administrator" },
    });
    expect(forbidden.status).toBe(403);
    expect(forbidden.json).toEqual({ success: false, message: expect.any(String) });
    expectRateLimitHeaders(forbidden, "403");
    const user = { name: "Admin User", email: `admin-${tenant.clientId}@example.com`, password: "securepassword", role: "administrator" };
    expect((await callRoute(usersRoute.POST, { path: "/api/v2/users", headers: bearer(tenant.key), body: user })).status).toBe(201);
    const taken = await callRoute(usersRoute.POST, { path: "/api/v2/users", headers: bearer(tenant.key), body: user });
    expect(taken.status).toBe(409);
    expect(taken.json).toMatchObject({ success: false, errors: { email: expect.any(String) } });
    expectRateLimitHeaders(taken, "409");
  });
});

describe("suite audit: rate-limit headers on bodies refused unread", () => {
  it("a malformed JSON body (400) and one over 1 MB (413) carry X-RateLimit-* and count against the hour", async () => {
    const tenant = await createTestTenant();
    const malformed = await callRoute(transactionsRoute.POST, { path: "/api/v2/transactions", headers: bearer(tenant.key), body: '{"type": "Income",' });
    expect(malformed.status).toBe(400);
    expect(malformed.json).toMatchObject({ success: false });
    expectRateLimitHeaders(malformed, "malformed");
    expect(malformed.headers.get("x-ratelimit-remaining")).toBe("999");
    const huge = JSON.stringify({ type: "Income", account_id: 1, category_id: 1, amount: 1, description: "y".repeat(1024 * 1024) });
    const tooLarge = await callRoute(transactionsRoute.POST, { path: "/api/v2/transactions", headers: bearer(tenant.key), body: huge });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.json).toMatchObject({ success: false });
    expectRateLimitHeaders(tooLarge, "too large");
    expect(tooLarge.headers.get("x-ratelimit-remaining")).toBe("998");
    // Without a key, neither is read: 401.
    const anonymous = await callRoute(transactionsRoute.POST, { path: "/api/v2/transactions", body: huge });
    expect(anonymous.status).toBe(401);
  });
});

describe("suite audit: users never expose a password", () => {
  it("neither the create answer, the list, nor the OpenAPI response schema carries a password or its hash", async () => {
    const tenant = await createTestTenant();
    // User emails are unique across the platform (sign-in needs only the email): one of this tenant's own.
    const email = `admin-${tenant.clientId}@example.com`;
    const created = await callRoute(usersRoute.POST, {
      path: "/api/v2/users",
      headers: bearer(tenant.key),
      body: { name: "Admin User", email, password: "securepassword", role: "administrator" },
    });
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({ name: "Admin User", email, role: "administrator" });
    const list = await callRoute(usersRoute.GET, { path: "/api/v2/users", headers: bearer(tenant.key) });
    for (const reply of [created, list]) {
      expect(reply.text).not.toMatch(/password|securepassword|\$argon|\$2[aby]\$|scrypt/i);
    }
    const docs = await openApiRoute(new Request("http://localhost/api/docs/suite.json"), { params: Promise.resolve({ document: "suite.json" }) });
    const document = await docs.json();
    for (const method of ["get", "post"]) {
      expect(JSON.stringify(document.paths["/api/v2/users"][method].responses)).not.toMatch(/password/i);
    }
  });
});

describe("suite audit: dates are YYYY-MM-DD, timestamps ISO 8601 UTC", () => {
  it("invoices, transactions and quotes answer date fields as dates and created_at as UTC timestamps", async () => {
    const tenant = await createTestTenant();
    const customerId = await addSuiteCustomer(tenant, "Dated");
    const invoice = await callRoute(invoicesRoute.POST, {
      path: "/api/v2/invoices",
      headers: bearer(tenant.key),
      body: { customer_id: customerId, date: "2024-01-15", due_date: "2024-02-15", items: [{ description: "Web Development", amount: 1500.0, qty: 1 }] },
    });
    expect(invoice.status).toBe(201);
    expect(invoice.json.data).toMatchObject({ invoice_number: "INV-2024-001", amount: 1500, status: "Unpaid", due_date: "2024-02-15" });
    const transaction = await callRoute(transactionsRoute.POST, {
      path: "/api/v2/transactions",
      headers: bearer(tenant.key),
      body: { type: "Income", account_id: 1, amount: 1500.0, category_id: 1, description: "Website Development Payment", date: "2024-01-15" },
    });
    expect(transaction.status).toBe(201);
    expect(transaction.json.data.date).toBe("2024-01-15");
    const quote = await callRoute(quotesRoute.POST, {
      path: "/api/v2/quotes",
      headers: bearer(tenant.key),
      body: { customer_id: customerId, valid_until: "2024-02-15", items: [{ description: "Consulting Services", amount: 2000.0, qty: 1 }] },
    });
    expect(quote.status).toBe(201);
    expect(quote.json.data.valid_until).toBe("2024-02-15");
    for (const data of [invoice.json.data, transaction.json.data, quote.json.data]) {
      for (const [field, value] of Object.entries(data)) {
        if (typeof value !== "string") continue;
        if (/_at$/.test(field)) expect(value, field).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
        if (/(^|_)date$|_until$/.test(field)) expect(value, field).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    for (const bad of ["15/01/2024", "2024-02-30", "tomorrow"]) {
      const reply = await callRoute(transactionsRoute.POST, {
        path: "/api/v2/transactions",
        headers: bearer(tenant.key),
        body: { type: "Income", account_id: 1, amount: 1, category_id: 1, date: bad },
      });
      expect(reply.status, bad).toBe(400);
      expect(reply.json.errors, bad).toHaveProperty("date");
    }
  });
});

describe("suite audit: tickets filters and assignee", () => {
  it("filters by customer_id and Pending; assigns a user of the workspace by its id, refuses another's", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    const one = await addSuiteCustomer(tenant, "One");
    const two = await addSuiteCustomer(tenant, "Two");
    const ticketsRoute = await import("@/app/api/v2/tickets/route");
    const ticketRoute = await import("@/app/api/v2/tickets/[id]/route");
    for (const customer_id of [one, two, two]) {
      const created = await callRoute(ticketsRoute.POST, {
        path: "/api/v2/tickets",
        headers: bearer(tenant.key),
        body: { customer_id, subject: "Technical Support Required", message: "Need assistance with installation", department_id: 1, priority: "High" },
      });
      expect(created.status).toBe(201);
      expect(created.json.data.status).toBe("Open");
    }
    const list = (query: string) => callRoute(ticketsRoute.GET, { path: `/api/v2/tickets?${query}`, headers: bearer(tenant.key) });
    expect((await list(`customer_id=${two}`)).json.meta.total_records).toBe(2);
    const mine = await callRoute(usersRoute.POST, {
      path: "/api/v2/users",
      headers: bearer(tenant.key),
      body: { name: "Agent", email: `agent-${tenant.clientId}@example.com`, password: "securepassword", role: "staff" },
    });
    const theirs = await callRoute(usersRoute.POST, {
      path: "/api/v2/users",
      headers: bearer(other.key),
      body: { name: "Other", email: `agent-${other.clientId}@example.com`, password: "securepassword", role: "staff" },
    });
    const put = (body: unknown) =>
      callRoute(ticketRoute.PUT, { method: "PUT", path: "/api/v2/tickets/1", headers: bearer(tenant.key), params: { id: "1" }, body });
    const assigned = await put({ assigned_to: mine.json.data.id, status: "Pending" });
    expect(assigned.status).toBe(200);
    expect(assigned.json.data.status).toBe("Pending");
    expect(assigned.json.data.assigned_to).toBe(mine.json.data.id);
    expect((await list("status=Pending")).json.meta.total_records).toBe(1);
    // Ids are numbered per workspace: a number this workspace has no user for is "not found".
    const foreign = await put({ assigned_to: theirs.json.data.id + 100 });
    expect(foreign.status).toBe(400);
    expect(foreign.json.errors).toEqual({ assigned_to: "User not found" });
    const badStatus = await list("status=Resolved");
    expect(badStatus.status).toBe(400);
    expect(badStatus.json.errors).toHaveProperty("status");
  });
});
