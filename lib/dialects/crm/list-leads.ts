import { z } from "zod";
import { listLeads } from "@/lib/crm/leads/list-leads";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { crmLeadFilterQuery, toLeadFilter } from "./lead-filter-query";
import { crmLead, toCrmLead } from "./lead-shape";

export const listCrmLeads = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/leads",
  summary: "List leads",
  description:
    "Retrieve leads, newest first, a page at a time. Pass `next_cursor` back as `cursor` for the next page; it is null on the last page. Filters combine: `status`, `source`, `assigned_to`, `campaign_id`, `created_from` (inclusive) / `created_to` (exclusive), and `search` (name, email, company or phone containing the term, ignoring case, spaces and punctuation: `globex 42` finds company `Globex 42`, `7700900123` finds phone `+44 7700 900123`; trigram-indexed).",
  auth: "tenant",
  scope: "read:leads",
  query: crmLeadFilterQuery.extend({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(200).optional(),
  }),
  response: z.object({
    data: z.array(crmLead),
    pagination: z.object({ limit: z.number(), next_cursor: z.string().nullable() }),
  }),
  async handler({ ctx, query }) {
    const page = await listLeads(ctx, { ...toLeadFilter(query), limit: query.limit, cursor: query.cursor });
    return { data: page.leads.map(toCrmLead), pagination: { limit: query.limit, next_cursor: page.nextCursor } };
  },
});
