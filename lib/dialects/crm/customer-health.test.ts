import { describe, expect, it } from "vitest";
import { crm } from "@/lib/dialects";
import { getDb } from "@/lib/db/client";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { healthScoreSql, healthValuesSql } from "@/lib/crm/customers/health-sql";
import { callRoute } from "@/lib/testing/call-route";
import { addFeedback, addInteraction, addInvoice, addOrder, addProduct, addTicket, daysAgo } from "@/lib/testing/customer-history";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

/** Four customers with known histories: healthy, at risk, critical (and high value, inactive), and brand new. */
async function knownCustomers(tenant: TestTenant) {
  const db = await getDb();
  const product = await addProduct(tenant.id, "Plan", "100.00");
  const healthy = await createCustomer(tenant.ctx, { name: "Healthy", email: "h@example.com", type: "business" });
  for (const days of [2, 10, 20, 30, 40, 50]) await addInteraction(tenant.id, healthy.id, daysAgo(days));
  await addOrder(tenant.id, healthy.id, product, "300.00", daysAgo(10));
  await addOrder(tenant.id, healthy.id, product, "200.00", daysAgo(100));
  await addOrder(tenant.id, healthy.id, product, "999.00", daysAgo(5), "cancelled");
  await addFeedback(tenant.id, healthy.id, 5);
  await addFeedback(tenant.id, healthy.id, 4);

  const risky = await createCustomer(tenant.ctx, { name: "Risky", email: "r@example.com", type: "individual" });
  await addInteraction(tenant.id, risky.id, daysAgo(45));
  await addOrder(tenant.id, risky.id, product, "100.00", daysAgo(30));
  await addOrder(tenant.id, risky.id, product, "200.00", daysAgo(120));
  await addFeedback(tenant.id, risky.id, 3);
  await addTicket(tenant.id, risky.id, "open");
  await addTicket(tenant.id, risky.id, "closed");
  await addInvoice(tenant.id, risky.id, "50.00", daysAgo(5));
  await addInvoice(tenant.id, risky.id, "50.00", daysAgo(5), "paid");

  const critical = await createCustomer(tenant.ctx, { name: "Critical", email: "c@example.com", type: "business", status: "inactive" });
  await db.customer.update({ where: { id: critical.id }, data: { createdAt: daysAgo(200) } });
  await addOrder(tenant.id, critical.id, product, "15000.00", daysAgo(150));
  await addFeedback(tenant.id, critical.id, 1);
  for (let i = 0; i < 3; i++) await addTicket(tenant.id, critical.id, "pending");
  await addInvoice(tenant.id, critical.id, "10.00", daysAgo(30));
  await addInvoice(tenant.id, critical.id, "10.00", daysAgo(3), "partially_paid");
  await addInvoice(tenant.id, critical.id, "10.00", daysAgo(-10)); // not due yet

  const fresh = await createCustomer(tenant.ctx, { name: "Fresh", email: "f@example.com", type: "individual" });
  return { healthy, risky, critical, fresh };
}

describe("crm: customer health and segments", () => {
  it("explains each customer's score part by part", async () => {
    const tenant = await createTestTenant();
    const { healthy, risky, critical, fresh } = await knownCustomers(tenant);
    const health = (id: string) =>
      callRoute(crm.customerHealth.handler, { path: `/dev/crm/customers/${id}/health`, headers: bearer(tenant.key), params: { customerId: id } });
    const parts = (reply: { json: { parts: { key: string; value: number | null; weight: number; points: number }[] } }) =>
      Object.fromEntries(reply.json.parts.map((p) => [p.key, [p.value, p.weight, p.points]]));

    const h = await health(healthy.id);
    expect(h.status).toBe(200);
    expect(h.json).toMatchObject({ customer_id: healthy.id, score: 100, band: "healthy" });
    expect(parts(h)).toEqual({
      recency: [2, 25, 25],
      frequency: [6, 15, 15],
      order_trend: [50, 20, 20],
      feedback: [4.5, 15, 15],
      open_tickets: [0, 15, 15],
      overdue_invoices: [0, 10, 10],
    });
    expect(h.json.parts[0]).toMatchObject({ label: "Recency of the last interaction", unit: "days" });

    const r = await health(risky.id);
    expect(parts(r)).toEqual({
      recency: [45, 25, 12.5],
      frequency: [1, 15, 4.95],
      order_trend: [-50, 20, 8],
      feedback: [3, 15, 7.5],
      open_tickets: [1, 15, 9],
      overdue_invoices: [1, 10, 4],
    });
    expect(r.json).toMatchObject({ score: 46, band: "at_risk" });

    const c = await health(critical.id);
    expect(parts(c)).toEqual({
      recency: [null, 25, 0],
      frequency: [0, 15, 0],
      order_trend: [-100, 20, 2],
      feedback: [1, 15, 0],
      open_tickets: [3, 15, 0],
      overdue_invoices: [2, 10, 0],
    });
    expect(c.json).toMatchObject({ score: 2, band: "critical" });

    const f = await health(fresh.id);
    expect(f.json).toMatchObject({ score: 40, band: "at_risk" });
    expect(parts(f).order_trend).toEqual([null, 20, 6]);

    // The SQL evaluator (segments, reports) gives the same scores as the explained one.
    const db = await getDb();
    const rows = await db.$queryRaw<
      { id: string; score: number }[]
    >`SELECT hv.id, ${healthScoreSql("hv")} AS score FROM (${healthValuesSql(tenant.id, new Date())}) hv`;
    const byId = Object.fromEntries(rows.map((row) => [row.id, row.score]));
    expect(byId).toEqual({ [healthy.id]: 100, [risky.id]: 46, [critical.id]: 2, [fresh.id]: 40 });

    const other = await createTestTenant();
    const foreign = await callRoute(crm.customerHealth.handler, {
      path: `/dev/crm/customers/${healthy.id}/health`,
      headers: bearer(other.key),
      params: { customerId: healthy.id },
    });
    expect(foreign.status).toBe(404);
    expect(foreign.json).toEqual({ message: "Customer not found" });
    const unauth = await callRoute(crm.customerHealth.handler, { path: `/dev/crm/customers/${healthy.id}/health`, params: { customerId: healthy.id } });
    expect(unauth.status).toBe(401);
  });

  it("counts every segment with its rule, and lists a segment's members", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    await createCustomer(other.ctx, { name: "Noise", email: "n@example.com" });
    await knownCustomers(tenant);
    const reply = await callRoute(crm.customerSegments.handler, { path: "/dev/crm/customers/segments", headers: bearer(tenant.key) });
    expect(reply.status).toBe(200);
    expect(reply.json.total).toBe(4);
    const counts = Object.fromEntries(reply.json.segments.map((s: { key: string; count: number }) => [s.key, s.count]));
    expect(counts).toEqual({
      business: 2,
      individual: 2,
      active: 3,
      inactive: 1,
      blocked: 0,
      new_this_month: 3,
      high_value: 1,
      at_risk: 2,
      critical: 1,
      inactive_90_days: 1,
    });
    expect(reply.json.segments.find((s: { key: string }) => s.key === "high_value")).toMatchObject({
      name: "High value",
      rule: expect.stringContaining("10000"),
    });

    const list = async (segment: string) =>
      (await callRoute(crm.listCustomers.handler, { path: `/dev/crm/customers?segment=${segment}`, headers: bearer(tenant.key) })).json.data.map(
        (c: { name: string }) => c.name,
      );
    expect(await list("at_risk")).toEqual(["Fresh", "Risky"]);
    expect(await list("critical")).toEqual(["Critical"]);
    expect(await list("high_value")).toEqual(["Critical"]);
    expect(await list("inactive_90_days")).toEqual(["Critical"]);
    expect(await list("new_this_month")).toEqual(["Fresh", "Risky", "Healthy"]);

    const empty = await callRoute(crm.customerSegments.handler, { path: "/dev/crm/customers/segments", headers: bearer((await createTestTenant()).key) });
    expect(empty.json.total).toBe(0);
    expect(empty.json.segments.every((s: { count: number }) => s.count === 0)).toBe(true);
  });
});
