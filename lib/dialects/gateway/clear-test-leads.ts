import { z } from "zod";
import { clearTestLeads } from "@/lib/crm/leads/clear-test-leads";
import { defineEndpoint } from "@/lib/http/endpoint";
import { GATEWAY_LIMITS, gateway } from "./dialect";
import { TEST_DATA_POLICY } from "./test-data-policy";

/** DELETE /api/test/leads: not in the seed; how generated leads are cleared. */
export const clearLeads = defineEndpoint({
  dialect: gateway,
  method: "DELETE",
  path: "/api/test/leads",
  summary: "Clear test leads",
  description: `Deletes every lead \`POST /api/test/generate-leads\` created in the workspace, and nothing else. ${TEST_DATA_POLICY}`,
  auth: "tenant",
  scope: "write:leads",
  rateLimit: GATEWAY_LIMITS.test,
  response: z.object({ deleted: z.number().int().min(0) }),
  async handler({ ctx }) {
    return clearTestLeads(ctx);
  },
});
