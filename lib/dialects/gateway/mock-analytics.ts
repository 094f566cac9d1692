import { z } from "zod";
import { assertTestDataAllowed } from "@/lib/crm/leads/test-data-policy";
import { defineEndpoint } from "@/lib/http/endpoint";
import { GATEWAY_LIMITS, gateway } from "./dialect";
import { TEST_DATA_POLICY } from "./test-data-policy";

/** GET /api/test/mock-analytics: exactly the seed's mock answer. */
export const mockAnalytics = defineEndpoint({
  dialect: gateway,
  method: "GET",
  path: "/api/test/mock-analytics",
  summary: "Mock analytics",
  description: `Always the same numbers (the seed's), for building a client before real data exists. ${TEST_DATA_POLICY}`,
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
