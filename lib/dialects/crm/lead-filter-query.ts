import { z } from "zod";
import type { LeadFilter } from "@/lib/crm/leads/list-leads";
import { CRM_LEAD_SOURCES, CRM_LEAD_STATUSES, crmDateQuery } from "./wire-types";

/** The lead filters the list and the export share. */
export const crmLeadFilterQuery = z.object({
  status: z.enum(CRM_LEAD_STATUSES).optional(),
  source: z.enum(CRM_LEAD_SOURCES).optional(),
  assigned_to: z.uuid().optional(),
  campaign_id: z.uuid().optional(),
  created_from: crmDateQuery.optional().describe("Created at or after (ISO 8601 date or date-time)"),
  created_to: crmDateQuery.optional().describe("Created before (exclusive; ISO 8601 date or date-time)"),
  search: z.string().trim().min(1).max(200).optional().describe("Name, email, company or phone containing the term, ignoring case, spaces and punctuation"),
});

export function toLeadFilter(query: z.output<typeof crmLeadFilterQuery>): LeadFilter {
  return {
    status: query.status,
    source: query.source,
    assignedToId: query.assigned_to,
    campaignId: query.campaign_id,
    createdFrom: query.created_from,
    createdTo: query.created_to,
    search: query.search,
  };
}
