import { z } from "zod";
import { listLeads } from "@/lib/crm/leads/list-leads";
import { defineEndpoint } from "@/lib/http/endpoint";
import { GATEWAY_LIMITS, gateway } from "./dialect";
import { ALL_SOURCES, ALL_STATUSES, gatewayLead, toGatewayLead } from "./lead-shape";

/** GET /api/leads: not in the seed's list of endpoints; the shape follows the crm dialect's list. */
export const listGatewayLeads = defineEndpoint({
  dialect: gateway,
  method: "GET",
  path: "/api/leads",
  summary: "List leads",
  description:
    "Leads newest first, a page at a time (keyset pagination): pass `pagination.next_cursor` back as `cursor`; it is null on the last page. Filters: `status`, `source` (any stored value, including those written through other APIs). `limit` 1-200, default 50.",
  auth: "tenant",
  scope: "read:leads",
  rateLimit: GATEWAY_LIMITS.leads,
  query: z.object({
    status: z.enum(ALL_STATUSES, `Status must be one of ${ALL_STATUSES.join(", ")}`).optional(),
    source: z.enum(ALL_SOURCES, `Source must be one of ${ALL_SOURCES.join(", ")}`).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(200).optional(),
  }),
  response: z.object({
    data: z.array(gatewayLead),
    pagination: z.object({ limit: z.number(), next_cursor: z.string().nullable() }),
  }),
  async handler({ ctx, query }) {
    const page = await listLeads(ctx, { status: query.status, source: query.source, limit: query.limit, cursor: query.cursor });
    return { data: page.leads.map(toGatewayLead), pagination: { limit: query.limit, next_cursor: page.nextCursor } };
  },
});
