import { LEAD_SOURCES } from "@/lib/crm/leads/lead-sources";
import { z } from "zod";
import { leadPublicId } from "@/lib/crm/leads/lead-public-id";
import type { LeadRecord } from "@/lib/crm/leads/lead-record";

/** The seed's lead sources and statuses (its Lead Schema), which gateway writes accept. */
export const GATEWAY_SOURCES = ["website", "social", "referral", "email", "phone"] as const;
export const GATEWAY_STATUSES = ["new", "contacted", "qualified", "converted", "lost"] as const;

/** Every stored value, for filters: a lead written through another dialect can carry these too. */
export const ALL_SOURCES = LEAD_SOURCES;
export const ALL_STATUSES = ["new", "contacted", "qualified", "proposal", "negotiation", "converted", "lost", "won"] as const;

/** A lead as the gateway shows it: the seed's Lead Schema plus the classification results. */
export const gatewayLead = z.object({
  id: z.string().regex(/^lead_[a-zA-Z0-9]+$/),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  company: z.string().nullable(),
  source: z.string().nullable(),
  status: z.string(),
  notes: z.string().nullable(),
  classification: z.string().nullable(),
  priority: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type GatewayLead = z.infer<typeof gatewayLead>;

export function toGatewayLead(lead: LeadRecord): GatewayLead {
  return {
    id: leadPublicId(lead.id),
    name: lead.name,
    email: lead.email,
    phone: lead.phone,
    company: lead.company,
    source: lead.source,
    status: lead.status,
    notes: lead.notes,
    classification: lead.classification,
    priority: lead.priority,
    created_at: lead.createdAt.toISOString(),
    updated_at: lead.updatedAt.toISOString(),
  };
}
