import { z } from "zod";
import type { LeadRecord } from "@/lib/crm/leads/lead-record";
import { leadValueOut } from "@/lib/crm/leads/lead-value";

/** A lead as /dev/crm shows it: the seed's snake_case fields, UUID ids. */
export const crmLead = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  company: z.string().nullable(),
  source: z.string().nullable(),
  status: z.string(),
  score: z.number().nullable(),
  value: z.number().nullable().describe("Expected deal value (2 decimals), summed per status on the pipeline"),
  notes: z.string().nullable(),
  campaign_id: z.string().nullable(),
  assigned_to: z.string().nullable(),
  last_contact: z.string().nullable(),
  custom_fields: z.record(z.string(), z.unknown()),
  converted_at: z.string().nullable(),
  customer_id: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type CrmLead = z.infer<typeof crmLead>;

export function toCrmLead(lead: LeadRecord): CrmLead {
  return {
    id: lead.id,
    name: lead.name,
    email: lead.email,
    phone: lead.phone,
    company: lead.company,
    source: lead.source,
    status: lead.status,
    score: lead.score,
    value: leadValueOut(lead.value),
    notes: lead.notes,
    campaign_id: lead.campaignId,
    assigned_to: lead.assignedToId,
    last_contact: lead.lastContactAt?.toISOString() ?? null,
    custom_fields: (lead.customFields ?? {}) as Record<string, unknown>,
    converted_at: lead.convertedAt?.toISOString() ?? null,
    customer_id: lead.customerId,
    created_at: lead.createdAt.toISOString(),
    updated_at: lead.updatedAt.toISOString(),
  };
}
