import { z } from "zod";
import { listInteractions } from "@/lib/crm/interactions/list-interactions";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { customerInteractionsParams } from "./interaction-params";
import { crmCustomerInteraction, interactionPageQuery, toCrmCustomerInteraction } from "./interaction-shape";

export const listCrmCustomerInteractions = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/customers/{customerId}/interactions",
  summary: "Get customer interactions",
  description:
    "Retrieve all interactions for a specific customer, most recent `date` first, a page at a time (`limit`, `cursor` → `next_cursor`). 404 for a customer that is not the tenant's.",
  auth: "tenant",
  scope: "read:customers",
  params: customerInteractionsParams,
  query: interactionPageQuery,
  response: z.object({ data: z.array(crmCustomerInteraction), pagination: z.object({ limit: z.number(), next_cursor: z.string().nullable() }) }),
  async handler({ ctx, params, query }) {
    const page = await listInteractions(ctx, { customerId: params.customerId }, query);
    return { data: page.interactions.map(toCrmCustomerInteraction), pagination: { limit: query.limit, next_cursor: page.nextCursor } };
  },
});
