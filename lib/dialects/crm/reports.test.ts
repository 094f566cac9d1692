import { describe, expect, it } from "vitest";
import { crm } from "@/lib/dialects";
import { getDb } from "@/lib/db/client";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { createLead } from "@/lib/crm/leads/create-lead";
import { createUser } from "@/lib/crm/users/create-user";
import { callRoute } from "@/lib/testing/call-route";
import { addOrder, addProduct } from "@/lib/testing/customer-history";
import { createTestKey, createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

async function knownLeads(tenant: TestTenant) {
  const db = await getDb();
  const ana = await createUser(tenant.ctx, { name: "Ana", email: `ana-${tenant.clientId}@example.com`, password: "correct horse battery", role: "rep" });
  const ben = await createUser(tenant.ctx, { name: "Ben", email: `ben-${tenant.clientId}@example.com`, password: "correct horse battery", role: "rep" });
  const specs = [
    { source: "website", status: "new", owner: ana.id, created: "2024-01-01T09:00:00Z" },
    { source: "website", status: "converted", owner: ana.id, created: "2024-01-02T09:00:00Z", converted: "2024-01-12T09:00:00Z" },
    { source: "referral", status: "won", owner: ben.id, created: "2024-01-03T09:00:00Z", converted: "2024-01-07T09:00:00Z" },
    { source: "referral", status: "lost", owner: ben.id, created: "2024-01-16T09:00:00Z" },
    { source: null, status: "contacted", owner: null, created: "2024-01-17T09:00:00Z" },
    { source: "email", status: "qualified", owner: ana.id, created: "2024-02-20T09:00:00Z" },
  ] as const;
  for (const [i, s] of specs.entries()) {
    const lead = await createLead(tenant.ctx, { name: `Lead ${i}`, email: `lead${i}@example.com` });
    await db.lead.update({
      where: { id: lead.id },
      data: {
        source: s.source,
        status: s.status,
        assignedToId: s.owner,
        createdAt: new Date(s.created),
        convertedAt: "converted" in s ? new Date(s.converted) : null,
      },
    });
  }
  return { ana, ben };
}

describe("crm: reports", () => {
  it("reports leads: totals, status, source, owner, conversion, time to convert, weeks", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    await createLead(other.ctx, { name: "Noise", email: "noise@example.com" });
    const { ana, ben } = await knownLeads(tenant);
    const reply = await callRoute(crm.leadReport.handler, { path: "/dev/crm/reports/leads", headers: bearer(tenant.key) });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ total: 6, open: 3, converted: 2, won: 1, lost: 1, conversion_rate: 33.3, average_days_to_convert: 7 });
    expect(reply.json.by_status).toHaveLength(6);
    expect(reply.json.by_status).toEqual(
      expect.arrayContaining([
        { status: "new", count: 1 },
        { status: "won", count: 1 },
      ]),
    );
    expect(reply.json.by_source).toEqual(
      expect.arrayContaining([
        { source: "website", count: 2, converted: 1, conversion_rate: 50 },
        { source: "referral", count: 2, converted: 1, conversion_rate: 50 },
        { source: "unknown", count: 1, converted: 0, conversion_rate: 0 },
        { source: "email", count: 1, converted: 0, conversion_rate: 0 },
      ]),
    );
    expect(reply.json.by_owner).toEqual([
      { owner_id: ana.id, owner_name: "Ana", count: 3, converted: 1, conversion_rate: 33.3 },
      { owner_id: ben.id, owner_name: "Ben", count: 2, converted: 1, conversion_rate: 50 },
      { owner_id: null, owner_name: null, count: 1, converted: 0, conversion_rate: 0 },
    ]);
    expect(reply.json.new_per_week).toEqual([
      { week: "2024-01-01", count: 3, converted: 2, conversion_rate: 66.7 },
      { week: "2024-01-08", count: 0, converted: 0, conversion_rate: null },
      { week: "2024-01-15", count: 2, converted: 0, conversion_rate: 0 },
      { week: "2024-01-22", count: 0, converted: 0, conversion_rate: null },
      { week: "2024-01-29", count: 0, converted: 0, conversion_rate: null },
      { week: "2024-02-05", count: 0, converted: 0, conversion_rate: null },
      { week: "2024-02-12", count: 0, converted: 0, conversion_rate: null },
      { week: "2024-02-19", count: 1, converted: 0, conversion_rate: 0 },
    ]);

    const january = await callRoute(crm.leadReport.handler, {
      path: "/dev/crm/reports/leads?date_from=2024-01-01&date_to=2024-01-31",
      headers: bearer(tenant.key),
    });
    expect(january.json).toMatchObject({ total: 5, open: 2, converted: 2, conversion_rate: 40 });
    expect(january.json.new_per_week.at(-1)).toEqual({ week: "2024-01-15", count: 2, converted: 0, conversion_rate: 0 });

    const empty = await callRoute(crm.leadReport.handler, { path: "/dev/crm/reports/leads?date_from=2030-01-01", headers: bearer(tenant.key) });
    expect(empty.json).toMatchObject({ total: 0, conversion_rate: null, average_days_to_convert: null, by_status: [], new_per_week: [] });
    const bad = await callRoute(crm.leadReport.handler, { path: "/dev/crm/reports/leads?date_to=tomorrow", headers: bearer(tenant.key) });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toContain("date_to");
    expect((await callRoute(crm.leadReport.handler, { path: "/dev/crm/reports/leads" })).status).toBe(401);
    const noScope = await createTestKey(tenant, ["read:leads"]);
    expect((await callRoute(crm.leadReport.handler, { path: "/dev/crm/reports/leads", headers: bearer(noScope) })).status).toBe(403);
  });

  it("reports customers: counts, segments, health and exact revenue", async () => {
    const tenant = await createTestTenant();
    const db = await getDb();
    const product = await addProduct(tenant.id, "Plan", "1.00");
    const acme = await createCustomer(tenant.ctx, { name: "Acme", email: "acme@example.com", type: "business" });
    const jo = await createCustomer(tenant.ctx, { name: "Jo", email: "jo@example.com" });
    const old = await createCustomer(tenant.ctx, { name: "Old", email: "old@example.com", status: "inactive" });
    await db.customer.update({ where: { id: old.id }, data: { createdAt: new Date("2023-06-01T00:00:00Z") } });
    await addOrder(tenant.id, acme.id, product, "100.10", new Date("2024-01-05T10:00:00Z"));
    await addOrder(tenant.id, acme.id, product, "200.20", new Date("2024-02-05T10:00:00Z"));
    await addOrder(tenant.id, acme.id, product, "999.00", new Date("2024-02-06T10:00:00Z"), "cancelled");
    await addOrder(tenant.id, jo.id, product, "50.05", new Date("2024-02-10T10:00:00Z"));

    const reply = await callRoute(crm.customerReport.handler, { path: "/dev/crm/reports/customers", headers: bearer(tenant.key) });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({
      total: 3,
      by_type: [
        { type: "individual", count: 2 },
        { type: "business", count: 1 },
      ],
      by_status: [
        { status: "active", count: 2 },
        { status: "inactive", count: 1 },
      ],
      health: { average_score: 40, healthy: 0, at_risk: 3, critical: 0 },
      revenue: {
        total: "350.35",
        orders: 3,
        average_order_value: "116.78",
        by_month: [
          { month: "2024-01", total: "100.10", orders: 1 },
          { month: "2024-02", total: "250.25", orders: 2 },
        ],
        top_customers: [
          { customer_id: acme.id, name: "Acme", total: "300.30", orders: 2 },
          { customer_id: jo.id, name: "Jo", total: "50.05", orders: 1 },
        ],
      },
    });
    const segments = Object.fromEntries(reply.json.by_segment.map((s: { key: string; count: number }) => [s.key, s.count]));
    expect(segments).toMatchObject({ business: 1, individual: 2, inactive: 1, at_risk: 3, inactive_90_days: 1 });

    const february = await callRoute(crm.customerReport.handler, {
      path: "/dev/crm/reports/customers?date_from=2024-02-01&date_to=2024-02-29",
      headers: bearer(tenant.key),
    });
    expect(february.json.total).toBe(0);
    expect(february.json.revenue).toMatchObject({ total: "250.25", orders: 2, average_order_value: "125.13" });
  });

  it("serves the dashboard's headline numbers from the same reports, with recent activity", async () => {
    const tenant = await createTestTenant();
    await knownLeads(tenant);
    const customer = await createCustomer(tenant.ctx, { name: "Fresh Co", email: "fresh@example.com", company: "Fresh" });
    await addOrder(tenant.id, customer.id, await addProduct(tenant.id, "Plan", "9.99"), "9.99", new Date());
    const reply = await callRoute(crm.analyticsDashboard.handler, { path: "/dev/crm/analytics/dashboard", headers: bearer(tenant.key) });
    expect(reply.status).toBe(200);
    expect(reply.json.leads).toEqual({ total: 6, open: 3, converted: 2, won: 1, lost: 1, conversion_rate: 33.3, average_days_to_convert: 7 });
    expect(reply.json.customers).toMatchObject({ total: 1, active: 1 });
    expect(reply.json.revenue).toEqual({ total: "9.99", orders: 1, average_order_value: "9.99" });
    expect(reply.json.feedback).toEqual({ count: 0, average_rating: null, nps: null });
    const kinds = reply.json.recent_activity.map((a: { kind: string }) => a.kind);
    expect(kinds.slice(0, 2).sort()).toEqual(["customer.created", "order.placed"]);
    expect(kinds.filter((k: string) => k === "lead.created")).toHaveLength(6);
    const times = reply.json.recent_activity.map((a: { at: string }) => a.at);
    expect([...times].sort().reverse()).toEqual(times);
  });
});
