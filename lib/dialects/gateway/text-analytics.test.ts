import { describe, expect, it } from "vitest";
import { gateway } from "@/lib/dialects";
import { createLead } from "@/lib/crm/leads/create-lead";
import { getLead } from "@/lib/crm/leads/get-lead";
import { leadPublicId } from "@/lib/crm/leads/lead-public-id";
import { callRoute } from "@/lib/testing/call-route";
import { createTestKey, createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";

const analyze = (tenant: TestTenant, body: unknown, key = tenant.key) =>
  callRoute(gateway.analyze.handler, { path: "/api/analyze", headers: { "X-API-Key": key }, body });
const classify = (tenant: TestTenant, body: unknown, key = tenant.key) =>
  callRoute(gateway.classifyLead.handler, { path: "/api/classify-lead", headers: { "X-API-Key": key }, body });

describe("gateway: POST /api/analyze", () => {
  it("answers the seed's example: positive, with product, pricing and support", async () => {
    const tenant = await createTestTenant();
    const reply = await analyze(tenant, { text: "I love your product! The pricing is great and support is excellent.", analysis_type: "sentiment" });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({
      sentiment: "positive",
      confidence: expect.any(Number),
      entities: [
        { text: "product", type: "product", confidence: 0.95 },
        { text: "pricing", type: "feature", confidence: 0.88 },
        { text: "support", type: "service", confidence: 0.9 },
      ],
      summary: "Highly positive feedback about product, pricing, and support",
    });
    expect(reply.json.confidence).toBeGreaterThan(0.8);
  });

  it("reads a complaint as negative and answers only what is asked", async () => {
    const tenant = await createTestTenant();
    const negative = await analyze(tenant, { text: "Terrible service, the app is broken and support never answers. Very disappointed.", analysis_type: "all" });
    expect(negative.json.sentiment).toBe("negative");
    const entities = await analyze(tenant, { text: "They compared us with Pipedrive.", analysis_type: "entities" });
    expect(entities.json).toEqual({ entities: [{ text: "Pipedrive", type: "competitor", confidence: 0.95 }] });
  });

  it("validates with 422 naming the field", async () => {
    const tenant = await createTestTenant();
    const reply = await analyze(tenant, { text: "  ", analysis_type: "mood" });
    expect(reply.status).toBe(422);
    expect(reply.json.error.details.map((d: { field: string }) => d.field).sort()).toEqual(["analysis_type", "text"]);
    const missing = await analyze(tenant, {});
    expect(missing.json.error.details).toEqual([{ field: "text", message: "text is required" }]);
    const long = await analyze(tenant, { text: "a".repeat(10_001) });
    expect(long.status).toBe(422);
  });

  it("limits each credential to 20 requests a minute, then 429 with Retry-After", async () => {
    const tenant = await createTestTenant();
    for (let i = 0; i < 20; i++) expect((await analyze(tenant, { text: "ok" })).status).toBe(200);
    const limited = await analyze(tenant, { text: "ok" });
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe("RATE_LIMIT_EXCEEDED");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("x-ratelimit-limit")).toBe("20");
    // Per credential: another key of the same workspace has its own budget.
    const second = await createTestKey(tenant, ["*"]);
    expect((await analyze(tenant, { text: "ok" }, second)).status).toBe(200);
  });

  it("scales the limit with the workspace's plan (professional ×2, enterprise ×10)", async () => {
    const professional = await createTestTenant({ plan: "professional" });
    const enterprise = await createTestTenant({ plan: "enterprise" });
    expect((await analyze(professional, { text: "ok" })).headers.get("x-ratelimit-limit")).toBe("40");
    expect((await analyze(enterprise, { text: "ok" })).headers.get("x-ratelimit-limit")).toBe("200");
  });

  it("needs write:analytics", async () => {
    const tenant = await createTestTenant();
    const reader = await createTestKey(tenant, ["read:analytics"]);
    expect((await analyze(tenant, { text: "ok" }, reader)).status).toBe(403);
  });
});

describe("gateway: POST /api/classify-lead", () => {
  const seedExample = { text_content: "We're looking for an enterprise solution for 500+ users", context: { company_size: "large", industry: "technology" } };

  it("classifies the seed's example as enterprise / high / schedule_demo and stores it on the lead", async () => {
    const tenant = await createTestTenant();
    const lead = await createLead(tenant.ctx, { name: "Big Co", email: "cto@big.example", source: "website" });
    const reply = await classify(tenant, { lead_id: leadPublicId(lead.id), ...seedExample });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({
      lead_id: leadPublicId(lead.id),
      classification: "enterprise",
      confidence: 0.89,
      priority: "high",
      recommended_action: "schedule_demo",
      tags: ["enterprise", "large_company", "high_value"],
    });
    expect(await getLead(tenant.ctx, lead.id)).toMatchObject({ classification: "enterprise", priority: "high" });
    const shown = await callRoute(gateway.getLead.handler, {
      path: `/api/leads/${leadPublicId(lead.id)}`,
      headers: { "X-API-Key": tenant.key },
      params: { id: leadPublicId(lead.id) },
    });
    expect(shown.json).toMatchObject({ classification: "enterprise", priority: "high" });
  });

  it("classifies without a lead, and answers 404 for another workspace's lead without touching it", async () => {
    const tenant = await createTestTenant();
    const other = await createTestTenant();
    const plain = await classify(tenant, seedExample);
    expect(plain.status).toBe(200);
    expect(plain.json.lead_id).toBeNull();
    const foreign = await createLead(other.ctx, { name: "Theirs", email: "x@y.example", source: "website" });
    const reply = await classify(tenant, { lead_id: leadPublicId(foreign.id), ...seedExample });
    expect(reply.status).toBe(404);
    expect((await getLead(other.ctx, foreign.id)).classification).toBeNull();
  });

  it("validates with 422 naming the field", async () => {
    const tenant = await createTestTenant();
    const reply = await classify(tenant, { context: { company_size: 5 } });
    expect(reply.status).toBe(422);
    expect(reply.json.error.details.map((d: { field: string }) => d.field).sort()).toEqual(["context.company_size", "text_content"]);
  });
});
