import { z } from "zod";
import { listLeads } from "@/lib/crm/leads/list-leads";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { crmLead, toCrmLead } from "./lead-shape";

const LEAD_STATUSES = ["new", "contacted", "qualified", "proposal", "negotiation", "converted", "lost", "won"] as const;
const CRM_SOURCES = ["campaign", "website", "referral", "direct", "social", "email", "other"] as const;

export const listCrmLeads = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/leads",
  summary: "List leads",
  description:
    "Retrieve leads, newest first, a page at a time. Pass `next_cursor` back as `cursor` for the next page; it is null on the last page.",
  auth: "tenant",
  scope: "read:leads",
  query: z.object({
    status: z.enum(LEAD_STATUSES).optional(),
    source: z.enum(CRM_SOURCES).optional(),
    assigned_to: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(200).optional(),
  }),
  response: z.object({
    data: z.array(crmLead),
    pagination: z.object({ limit: z.number(), next_cursor: z.string().nullable() }),
  }),
  async handler({ ctx, query }) {
    const page = await listLeads(ctx, {
      status: query.status,
      source: query.source,
      assignedToId: query.assigned_to,
      limit: query.limit,
      cursor: query.cursor,
    });
    return { data: page.leads.map(toCrmLead), pagination: { limit: query.limit, next_cursor: page.nextCursor } };
  },
});
