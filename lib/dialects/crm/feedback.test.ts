import { describe, expect, it } from "vitest";
import { crm } from "@/lib/dialects";
import { getDb } from "@/lib/db/client";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { getFeedbackForm } from "@/lib/crm/feedback/get-feedback-form";
import { processFeedbackReminders } from "@/lib/crm/feedback/process-feedback-reminders";
import { respondWithToken } from "@/lib/crm/feedback/respond-with-token";
import { hashFeedbackToken } from "@/lib/crm/feedback/feedback-token";
import { Conflict, NotFound } from "@/lib/crm/errors";
import { callRoute } from "@/lib/testing/call-route";
import { daysAgo } from "@/lib/testing/customer-history";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
const MISSING = "00000000-0000-7000-8000-000000000000";

const request = (tenant: TestTenant, customerId: string, body?: unknown) =>
  callRoute(crm.requestFeedback.handler, {
    method: "POST",
    path: `/dev/crm/customers/${customerId}/feedback/request`,
    headers: bearer(tenant.key),
    params: { customerId },
    body,
  });
const answer = (tenant: TestTenant, feedbackId: string, body: unknown) =>
  callRoute(crm.recordFeedback.handler, { path: `/dev/crm/feedback/${feedbackId}`, headers: bearer(tenant.key), params: { feedbackId }, body });
const tokenOf = (url: string) => url.split("/feedback/respond/")[1]!;

describe("crm: feedback requests and answers", () => {
  it("requests feedback with a one-time link whose token is stored only as a hash", async () => {
    const tenant = await createTestTenant();
    const customer = await createCustomer(tenant.ctx, { name: "Jane Smith", email: "jane@example.com" });
    const first = await request(tenant, customer.id);
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ customer_id: customer.id, status: "requested", channel: "email", reminders_sent: 0, created: true });
    expect(first.json.response_url).toMatch(/^http:\/\/localhost\/feedback\/respond\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(first.json.response_url);
    const db = await getDb();
    const row = await db.feedbackRequest.findUniqueOrThrow({ where: { id: first.json.id } });
    expect(row.tokenHash).toBe(hashFeedbackToken(token));
    expect(JSON.stringify(row)).not.toContain(token);

    // Asking again while the request is open answers the same request, not a second one.
    const again = await request(tenant, customer.id, { channel: "sms" });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ id: first.json.id, response_url: first.json.response_url, created: false });

    expect(await getFeedbackForm(token)).toMatchObject({ state: "open", customerName: "Jane Smith" });
    expect(await getFeedbackForm("x".repeat(43))).toBeNull();

    // The public page's answer uses the token once.
    const answered = await respondWithToken(token, { rating: 5, comment: "The support team was fantastic and delivery was quick.", category: "Support" });
    expect(answered).toMatchObject({ rating: 5, category: "support", sentiment: "positive", customerId: customer.id });
    expect(answered.themes).toEqual(expect.arrayContaining(["support", "delivery"]));
    await expect(respondWithToken(token, { rating: 1 })).rejects.toBeInstanceOf(Conflict);
    await expect(respondWithToken("y".repeat(43), { rating: 1 })).rejects.toBeInstanceOf(NotFound);
    expect(await getFeedbackForm(token)).toMatchObject({ state: "answered", rating: 5 });
    const viaApi = await answer(tenant, first.json.id, { rating: 2 });
    expect(viaApi.status).toBe(409);
    expect(viaApi.json).toEqual({ message: "Feedback already received for this request" });

    // Once answered, a new request is a new one.
    const next = await request(tenant, customer.id);
    expect(next.status).toBe(201);
    expect(next.json.id).not.toBe(first.json.id);
  });

  it("records an answer through the API: 201, then 409; validation 400; 404 for unknown or foreign ids", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    const customer = await createCustomer(tenant.ctx, { name: "Bob", email: "bob@example.com" });
    const id = (await request(tenant, customer.id)).json.id;
    for (const [body, field] of [
      [{}, "rating"],
      [{ rating: 0 }, "rating"],
      [{ rating: 6 }, "rating"],
      [{ rating: 4.5 }, "rating"],
      [{ rating: "5" }, "rating"],
      [{ rating: 5, comment: 7 }, "comment"],
      [{ rating: 5, category: "" }, "category"],
    ] as const) {
      const reply = await answer(tenant, id, body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.json.message).toContain(field);
    }
    const foreign = await answer(other, id, { rating: 5 });
    const missing = await answer(other, MISSING, { rating: 5 });
    expect(foreign.status).toBe(404);
    expect(foreign.json).toEqual({ message: "Feedback not found" });
    expect(missing.json).toEqual(foreign.json);

    const done = await answer(tenant, id, { rating: 5, comment: "Great service!", category: "support" });
    expect(done.status).toBe(201);
    expect(done.json).toMatchObject({
      feedback_id: id,
      customer_id: customer.id,
      rating: 5,
      comment: "Great service!",
      category: "support",
      sentiment: "positive",
    });
    const twice = await answer(tenant, id, { rating: 5 });
    expect(twice.status).toBe(409);

    expect((await request(other, customer.id)).status).toBe(404);
    expect((await request(tenant, MISSING)).status).toBe(404);
    const blocked = await createCustomer(tenant.ctx, { name: "Blocked", email: "blocked@example.com", status: "blocked" });
    expect((await request(tenant, blocked.id)).status).toBe(409);
    const noKey = await callRoute(crm.recordFeedback.handler, { path: `/dev/crm/feedback/${id}`, params: { feedbackId: id }, body: { rating: 5 } });
    expect(noKey.status).toBe(401);
  });
});

describe("crm: feedback reminders", () => {
  it("reminds unanswered requests after N days, at most M times, never one who answered, once a day", async () => {
    const tenant = await createTestTenant();
    const db = await getDb();
    const customers = await Promise.all(["a", "b", "c", "d"].map((n) => createCustomer(tenant.ctx, { name: `Cust ${n}`, email: `${n}@example.com` })));
    const ids: string[] = [];
    for (const c of customers) ids.push((await request(tenant, c.id)).json.id);
    const [quiet, answeredOne, fresh, old] = ids as [string, string, string, string];
    await db.feedbackRequest.updateMany({ where: { id: { in: [quiet, answeredOne, old] } }, data: { requestedAt: daysAgo(4) } });
    await db.feedbackRequest.update({ where: { id: old }, data: { requestedAt: daysAgo(40), expiresAt: daysAgo(10) } });
    await answer(tenant, answeredOne, { rating: 4 });

    const run = () => callRoute(crm.processFeedbackReminders.handler, { path: "/dev/crm/feedback/process-reminders", headers: bearer(tenant.key), body: {} });
    const first = await run();
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ after_days: 3, max_reminders: 2, reminded_count: 1, expired_count: 1, expired: [old] });
    expect(first.json.reminded[0]).toMatchObject({ feedback_id: quiet, customer_id: customers[0]!.id, reminder_number: 1 });
    // The reminder re-sends the very link of the request.
    const original = await db.feedbackRequest.findUniqueOrThrow({ where: { id: quiet } });
    expect(hashFeedbackToken(tokenOf(first.json.reminded[0].response_url))).toBe(original.tokenHash);

    const second = await run();
    expect(second.json).toMatchObject({ reminded_count: 0, reminded: [], expired_count: 0 });
    expect(await db.feedbackReminder.count({ where: { tenantId: tenant.id } })).toBe(1);

    // Days later: the second reminder; after that the cap holds.
    const later = new Date(Date.now() + 4 * 86_400_000);
    const third = await processFeedbackReminders(tenant.ctx, { now: later });
    expect(third.reminded.map((r) => [r.requestId, r.reminderNumber]).sort()).toEqual(
      [
        [fresh, 1],
        [quiet, 2],
      ].sort(),
    );
    const capped = await processFeedbackReminders(tenant.ctx, { now: new Date(Date.now() + 9 * 86_400_000) });
    expect(capped.reminded.filter((r) => r.requestId === quiet)).toEqual([]);
    expect((await db.feedbackRequest.findUniqueOrThrow({ where: { id: quiet } })).remindersSent).toBe(2);
    expect((await db.feedbackRequest.findUniqueOrThrow({ where: { id: fresh } })).remindersSent).toBeGreaterThanOrEqual(1);
    expect((await db.feedbackRequest.findUniqueOrThrow({ where: { id: answeredOne } })).remindersSent).toBe(0);

    const bad = await callRoute(crm.processFeedbackReminders.handler, {
      path: "/dev/crm/feedback/process-reminders",
      headers: bearer(tenant.key),
      body: { after_days: 0, max_reminders: 50 },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toContain("after_days");
    expect(bad.json.message).toContain("max_reminders");
  });

  it("runs concurrently without reminding anyone twice", async () => {
    const tenant = await createTestTenant();
    const db = await getDb();
    for (let i = 0; i < 5; i++) {
      const c = await createCustomer(tenant.ctx, { name: `C${i}`, email: `c${i}@example.com` });
      await request(tenant, c.id);
    }
    await db.feedbackRequest.updateMany({ where: { tenantId: tenant.id }, data: { requestedAt: daysAgo(5) } });
    const runs = await Promise.all([1, 2, 3].map(() => processFeedbackReminders(tenant.ctx)));
    expect(runs.reduce((sum, run) => sum + run.reminded.length, 0)).toBe(5);
    expect(await db.feedbackReminder.count({ where: { tenantId: tenant.id } })).toBe(5);
  });
});
