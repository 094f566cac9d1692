import { describe, expect, it } from "vitest";
import { crm } from "@/lib/dialects";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { recordFeedbackResponse } from "@/lib/crm/feedback/record-feedback-response";
import { requestFeedback } from "@/lib/crm/feedback/request-feedback";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

/** Six answers over two months (ratings 5,5,4,3,2,1 → 2 promoters, 1 passive, 3 detractors) and one request left open. */
async function knownFeedback(tenant: TestTenant) {
  const answers = [
    { rating: 5, category: "support", comment: "The support team was fantastic, really helpful.", at: "2024-01-05T10:00:00Z" },
    { rating: 5, category: "product", comment: "Love the new dashboard. Support was quick too.", at: "2024-01-20T10:00:00Z" },
    { rating: 4, category: "support", comment: null, at: "2024-01-25T10:00:00Z" },
    { rating: 3, category: null, comment: "Delivery was slow this time.", at: "2024-02-02T10:00:00Z" },
    { rating: 2, category: "delivery", comment: "Terrible delivery, the package arrived broken.", at: "2024-02-10T10:00:00Z" },
    { rating: 1, category: "billing", comment: "The invoice was wrong and the delivery was late. Awful.", at: "2024-02-20T10:00:00Z" },
  ];
  for (const [i, a] of answers.entries()) {
    const customer = await createCustomer(tenant.ctx, { name: `Customer ${i}`, email: `c${i}@example.com` });
    const { request } = await requestFeedback(tenant.ctx, customer.id, { now: new Date(new Date(a.at).getTime() - 86_400_000) });
    await recordFeedbackResponse(tenant.ctx, request.id, { rating: a.rating, category: a.category, comment: a.comment }, new Date(a.at));
  }
  const waiting = await createCustomer(tenant.ctx, { name: "Waiting", email: "w@example.com" });
  await requestFeedback(tenant.ctx, waiting.id, { now: new Date("2024-02-25T10:00:00Z") });
}

describe("crm: feedback analytics, themes and dashboard", () => {
  it("counts ratings, NPS buckets, categories and months from known data", async () => {
    const tenant = await createTestTenant();
    await knownFeedback(tenant);
    const reply = await callRoute(crm.feedbackAnalytics.handler, { path: "/dev/crm/feedback/analytics", headers: bearer(tenant.key) });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ count: 6, average_rating: 3.33, promoters: 2, passives: 1, detractors: 3, nps: -17 });
    expect(reply.json.requests).toEqual({ sent: 7, responded: 6, pending: 1, expired: 0, reminders_sent: 0, response_rate: 85.7 });
    expect(reply.json.by_category).toEqual([
      { category: "support", count: 2, average_rating: 4.5, promoters: 1, passives: 1, detractors: 0, nps: 50 },
      { category: "billing", count: 1, average_rating: 1, promoters: 0, passives: 0, detractors: 1, nps: -100 },
      { category: "delivery", count: 1, average_rating: 2, promoters: 0, passives: 0, detractors: 1, nps: -100 },
      { category: "product", count: 1, average_rating: 5, promoters: 1, passives: 0, detractors: 0, nps: 100 },
      { category: "uncategorized", count: 1, average_rating: 3, promoters: 0, passives: 0, detractors: 1, nps: -100 },
    ]);
    expect(reply.json.by_month).toEqual([
      { month: "2024-01", count: 3, average_rating: 4.67, promoters: 2, passives: 1, detractors: 0, nps: 67 },
      { month: "2024-02", count: 3, average_rating: 2, promoters: 0, passives: 0, detractors: 3, nps: -100 },
    ]);

    const february = await callRoute(crm.feedbackAnalytics.handler, {
      path: "/dev/crm/feedback/analytics?date_from=2024-02-01&date_to=2024-02-29",
      headers: bearer(tenant.key),
    });
    expect(february.json).toMatchObject({ count: 3, detractors: 3, nps: -100 });
    expect(february.json.requests).toMatchObject({ sent: 4, responded: 3, pending: 1 });

    const empty = await callRoute(crm.feedbackAnalytics.handler, { path: "/dev/crm/feedback/analytics", headers: bearer((await createTestTenant()).key) });
    expect(empty.json).toMatchObject({ count: 0, average_rating: null, nps: null, by_category: [], by_month: [] });
    const bad = await callRoute(crm.feedbackAnalytics.handler, { path: "/dev/crm/feedback/analytics?date_from=last-week", headers: bearer(tenant.key) });
    expect(bad.status).toBe(400);
    expect((await callRoute(crm.feedbackAnalytics.handler, { path: "/dev/crm/feedback/analytics" })).status).toBe(401);
  });

  it("finds recurring themes with counts and sentiment, and fills the dashboard", async () => {
    const tenant = await createTestTenant();
    await knownFeedback(tenant);
    const reply = await callRoute(crm.feedbackThemes.handler, { path: "/dev/crm/feedback/themes", headers: bearer(tenant.key) });
    expect(reply.status).toBe(200);
    expect(reply.json.responses_with_comments).toBe(5);
    const byTheme = Object.fromEntries(reply.json.themes.map((t: { theme: string }) => [t.theme, t]));
    expect(reply.json.themes[0].theme).toBe("delivery");
    expect(byTheme.delivery).toMatchObject({ mentions: 3, sentiment: "negative", example: "The invoice was wrong and the delivery was late. Awful." });
    expect(byTheme.delivery.average_rating).toBe(2);
    expect(byTheme.support).toMatchObject({ mentions: 2, sentiment: "positive", average_rating: 5 });
    expect(byTheme.invoice).toBeUndefined(); // mentioned once: not recurring
    const all = await callRoute(crm.feedbackThemes.handler, { path: "/dev/crm/feedback/themes?min_mentions=1", headers: bearer(tenant.key) });
    expect(all.json.themes.map((t: { theme: string }) => t.theme)).toContain("invoice");

    const dashboard = await callRoute(crm.feedbackDashboard.handler, { path: "/dev/crm/feedback/dashboard", headers: bearer(tenant.key) });
    expect(dashboard.status).toBe(200);
    expect(dashboard.json.analytics).toMatchObject({ count: 6, nps: -17 });
    expect(dashboard.json.top_themes[0].theme).toBe("delivery");
    expect(dashboard.json.recent).toHaveLength(6);
    expect(dashboard.json.recent[0]).toMatchObject({ rating: 1, customer_name: "Customer 5" });
    expect(dashboard.json.needs_follow_up.map((r: { rating: number }) => r.rating)).toEqual([1, 2, 3]);
  });
});
