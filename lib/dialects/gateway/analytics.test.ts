import { describe, expect, it } from "vitest";
import { gateway } from "@/lib/dialects";
import { getDb } from "@/lib/db/client";
import { createLead } from "@/lib/crm/leads/create-lead";
import { leadPublicId } from "@/lib/crm/leads/lead-public-id";
import type { LeadSource, LeadStatus } from "@/lib/db/generated/enums";
import { callRoute } from "@/lib/testing/call-route";
import { createTestKey, createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";

async function leadAt(tenant: TestTenant, createdAt: string, source: LeadSource | null, status: LeadStatus = "new"): Promise<string> {
  const lead = await createLead(tenant.ctx, { name: "Known Data", email: `k${Math.random()}@example.com`, source, status });
  const db = await getDb();
  await db.lead.update({ where: { id: lead.id }, data: { createdAt: new Date(createdAt) } });
  return lead.id;
}

const analytics = (tenant: TestTenant, query: string, key = tenant.key) =>
  callRoute(gateway.leadAnalytics.handler, { path: `/api/analytics/leads${query}`, headers: { "X-API-Key": key } });

describe("gateway: GET /api/analytics/leads", () => {
  it("counts known data in SQL, with every day of the range and zero days", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    await leadAt(tenant, "2024-01-01T00:00:00Z", "website", "converted");
    await leadAt(tenant, "2024-01-01T23:59:59Z", "website", "contacted");
    await leadAt(tenant, "2024-01-03T12:00:00Z", "social", "won");
    await leadAt(tenant, "2024-01-03T13:00:00Z", null, "proposal");
    await leadAt(tenant, "2023-12-31T23:59:59Z", "website", "new"); // the day before: outside
    await leadAt(tenant, "2024-01-05T00:00:00Z", "referral", "new"); // the day after: outside
    await leadAt(other, "2024-01-02T10:00:00Z", "website", "new"); // another workspace

    const reply = await analytics(tenant, "?date_from=2024-01-01&date_to=2024-01-04");
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({
      total_leads: 4,
      conversion_rate: 0.5,
      leads_by_source: { website: 2, social: 1, referral: 0, email: 0, phone: 0, unknown: 1 },
      leads_by_status: { new: 0, contacted: 1, qualified: 0, converted: 1, lost: 0, won: 1, proposal: 1 },
      trends: {
        daily: [
          { date: "2024-01-01", count: 2 },
          { date: "2024-01-02", count: 0 },
          { date: "2024-01-03", count: 2 },
          { date: "2024-01-04", count: 0 },
        ],
      },
      date_from: "2024-01-01",
      date_to: "2024-01-04",
    });
  });

  it("answers zeros for an empty range and defaults to the last 30 days", async () => {
    const tenant = await createTestTenant();
    const empty = await analytics(tenant, "?date_from=2020-02-28&date_to=2020-03-01");
    expect(empty.json).toMatchObject({
      total_leads: 0,
      conversion_rate: 0,
      trends: {
        daily: [
          { date: "2020-02-28", count: 0 },
          { date: "2020-02-29", count: 0 },
          { date: "2020-03-01", count: 0 },
        ],
      },
    });

    await createLead(tenant.ctx, { name: "Today", email: "today@example.com", source: "email" });
    const recent = await analytics(tenant, "");
    expect(recent.status).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    expect(recent.json.date_to).toBe(today);
    expect(recent.json.trends.daily).toHaveLength(30);
    expect(recent.json.trends.daily.at(-1)).toEqual({ date: today, count: 1 });
    expect(recent.json).toMatchObject({ total_leads: 1, leads_by_source: { email: 1 } });
  });

  it("rejects bad dates with 400 in the envelope naming the field, never a 500", async () => {
    const tenant = await createTestTenant();
    for (const [query, field] of [
      ["?date_from=2024-13-01", "date_from"],
      ["?date_from=2024-02-30", "date_from"],
      ["?date_to=yesterday", "date_to"],
      ["?date_from=2024-02-01&date_to=2024-01-01", "date_to"],
      ["?date_from=1900-01-01&date_to=2024-01-01", "date_from"],
      ['?date_from=\'; drop table "Lead"; --', "date_from"],
    ] as const) {
      const reply = await analytics(tenant, query);
      expect(reply.status, query).toBe(400);
      expect(reply.json.error.code).toBe("BAD_REQUEST");
      expect(reply.json.error.details.map((d: { field: string }) => d.field)).toContain(field);
    }
  });

  it("needs read:analytics", async () => {
    const tenant = await createTestTenant();
    const writer = await createTestKey(tenant, ["write:leads"]);
    expect((await analytics(tenant, "", writer)).status).toBe(403);
    const anonymous = await callRoute(gateway.leadAnalytics.handler, { path: "/api/analytics/leads" });
    expect(anonymous.status).toBe(401);
  });
});

describe("gateway: GET /api/analytics/sentiment", () => {
  const sentiment = (tenant: TestTenant, query: string) =>
    callRoute(gateway.leadSentiment.handler, { path: `/api/analytics/sentiment${query}`, headers: { "X-API-Key": tenant.key } });

  it("reads the lead's notes and interactions", async () => {
    const tenant = await createTestTenant();
    const lead = await createLead(tenant.ctx, { name: "Happy", email: "happy@example.com", source: "website", notes: "I love your product!" });
    const db = await getDb();
    await db.interaction.create({
      data: { tenantId: tenant.id, leadId: lead.id, type: "call", subject: "Pricing call", notes: "The pricing is great and support is excellent." },
    });
    const reply = await sentiment(tenant, `?lead_id=${leadPublicId(lead.id)}`);
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ lead_id: leadPublicId(lead.id), sentiment: "positive", text_count: 3 });
    expect(reply.json.confidence).toBeGreaterThan(0.6);
    expect(reply.json.entities).toEqual(expect.arrayContaining(["product", "pricing", "support"]));
    expect(new Date(reply.json.analysis_date).toISOString()).toBe(reply.json.analysis_date);

    const unhappy = await createLead(tenant.ctx, {
      name: "Unhappy",
      email: "sad@example.com",
      source: "website",
      notes: "Terrible service, the app is broken. We want a refund.",
    });
    expect((await sentiment(tenant, `?lead_id=${leadPublicId(unhappy.id)}`)).json.sentiment).toBe("negative");
    const silent = await createLead(tenant.ctx, { name: "Silent", email: "quiet@example.com", source: "website" });
    expect((await sentiment(tenant, `?lead_id=${leadPublicId(silent.id)}`)).json).toMatchObject({ sentiment: "neutral", text_count: 0, entities: [] });
  });

  it("answers 400 without lead_id and 404 for unknown or foreign leads", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    const missing = await sentiment(tenant, "");
    expect(missing.status).toBe(400);
    expect(missing.json.error.details).toEqual([{ field: "lead_id", message: "lead_id is required" }]);
    const foreign = await createLead(other.ctx, { name: "Theirs", email: "t@example.com", source: "website", notes: "great" });
    for (const id of [leadPublicId(foreign.id), "lead_123456"]) {
      const reply = await sentiment(tenant, `?lead_id=${id}`);
      expect(reply.status).toBe(404);
      expect(reply.json.error.code).toBe("NOT_FOUND");
    }
  });
});
