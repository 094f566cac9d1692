import { z } from "zod";
import { clearTestLeads } from "@/lib/crm/leads/clear-test-leads";
import { generateTestLeads, MAX_TEST_LEADS } from "@/lib/crm/leads/generate-test-leads";
import { leadPublicId } from "@/lib/crm/leads/lead-public-id";
import { assertTestDataAllowed } from "@/lib/crm/leads/test-data-policy";
import { defineEndpoint } from "@/lib/http/endpoint";
import { GATEWAY_LIMITS, gateway } from "./dialect";
import { GATEWAY_SOURCES } from "./lead-shape";

const POLICY =
  "Available to workspaces on the trial plan, or to every workspace when the server sets `GATEWAY_TEST_ENDPOINTS=1` (staging, sandboxes); elsewhere 403 FORBIDDEN.";

/** POST /api/test/generate-leads */
export const generateLeads = defineEndpoint({
  dialect: gateway,
  method: "POST",
  path: "/api/test/generate-leads",
  summary: "Generate test leads",
  description: `Creates \`count\` (1-${MAX_TEST_LEADS}) realistic leads with \`source\` (default: a mix of the seed's sources), statuses spread over a funnel and creation times over the last 30 days, all marked as test data: \`DELETE /api/test/leads\` removes them (and nothing else). They emit no \`lead.created\` webhooks. ${POLICY}`,
  auth: "tenant",
  scope: "write:leads",
  rateLimit: GATEWAY_LIMITS.test,
  body: z.object({
    count: z
      .number({ error: "count must be a number" })
      .int("count must be a whole number")
      .min(1, "count must be at least 1")
      .max(MAX_TEST_LEADS, `count must be at most ${MAX_TEST_LEADS}`),
    source: z.enum(GATEWAY_SOURCES, `Source must be one of ${GATEWAY_SOURCES.join(", ")}`).optional(),
  }),
  response: z.object({
    generated: z.number().int(),
    source: z.string().nullable(),
    test_data: z.literal(true),
    lead_ids: z.array(z.string()),
    message: z.string(),
  }),
  status: 201,
  async handler({ ctx, body }) {
    const { ids } = await generateTestLeads(ctx, { count: body.count, source: body.source });
    return {
      generated: ids.length,
      source: body.source ?? null,
      test_data: true as const,
      lead_ids: ids.map(leadPublicId),
      message: `${ids.length} test leads generated`,
    };
  },
});

/** DELETE /api/test/leads: not in the seed; how generated leads are cleared. */
export const clearLeads = defineEndpoint({
  dialect: gateway,
  method: "DELETE",
  path: "/api/test/leads",
  summary: "Clear test leads",
  description: `Deletes every lead \`POST /api/test/generate-leads\` created in the workspace, and nothing else. ${POLICY}`,
  auth: "tenant",
  scope: "write:leads",
  rateLimit: GATEWAY_LIMITS.test,
  response: z.object({ deleted: z.number().int().min(0) }),
  async handler({ ctx }) {
    return clearTestLeads(ctx);
  },
});

/** GET /api/test/mock-analytics: exactly the seed's mock answer. */
export const mockAnalytics = defineEndpoint({
  dialect: gateway,
  method: "GET",
  path: "/api/test/mock-analytics",
  summary: "Mock analytics",
  description: `Always the same numbers (the seed's), for building a client before real data exists. ${POLICY}`,
  auth: "tenant",
  scope: "read:analytics",
  rateLimit: GATEWAY_LIMITS.test,
  response: z.object({
    total_leads: z.literal(1000),
    conversion_rate: z.literal(0.12),
    leads_by_source: z.object({ website: z.literal(600), social: z.literal(250), referral: z.literal(150) }),
  }),
  async handler({ ctx }) {
    await assertTestDataAllowed(ctx);
    return { total_leads: 1000, conversion_rate: 0.12, leads_by_source: { website: 600, social: 250, referral: 150 } } as const;
  },
});
