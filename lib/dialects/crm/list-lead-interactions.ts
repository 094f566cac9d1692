import { z } from "zod";
import { listInteractions } from "@/lib/crm/interactions/list-interactions";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { leadInteractionsParams } from "./interaction-params";
import { crmLeadInteraction, interactionPageQuery, toCrmLeadInteraction } from "./interaction-shape";

export const listCrmLeadInteractions = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/leads/{leadId}/interactions",
  summary: "Get lead interactions",
  description:
    "Retrieve all interactions for a specific lead, most recent first, a page at a time (`limit`, `cursor` → `next_cursor`). 404 for a lead that is not the tenant's.",
  auth: "tenant",
  scope: "read:leads",
  params: leadInteractionsParams,
  query: interactionPageQuery,
  response: z.object({ data: z.array(crmLeadInteraction), pagination: z.object({ limit: z.number(), next_cursor: z.string().nullable() }) }),
  async handler({ ctx, params, query }) {
    const page = await listInteractions(ctx, { leadId: params.leadId }, query);
    return { data: page.interactions.map(toCrmLeadInteraction), pagination: { limit: query.limit, next_cursor: page.nextCursor } };
  },
});
