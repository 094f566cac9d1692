import { z } from "zod";
import { generateTestLeads, MAX_TEST_LEADS } from "@/lib/crm/leads/generate-test-leads";
import { leadPublicId } from "@/lib/crm/leads/lead-public-id";
import { defineEndpoint } from "@/lib/http/endpoint";
import { GATEWAY_LIMITS, gateway } from "./dialect";
import { GATEWAY_SOURCES } from "./lead-shape";
import { TEST_DATA_POLICY } from "./test-data-policy";

/** POST /api/test/generate-leads */
export const generateLeads = defineEndpoint({
  dialect: gateway,
  method: "POST",
  path: "/api/test/generate-leads",
  summary: "Generate test leads",
  description: `Creates \`count\` (1-${MAX_TEST_LEADS}) realistic leads with \`source\` (default: a mix of the seed's sources), statuses spread over a funnel and creation times over the last 30 days, all marked as test data: \`DELETE /api/test/leads\` removes them (and nothing else). They emit no \`lead.created\` webhooks. ${TEST_DATA_POLICY}`,
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
