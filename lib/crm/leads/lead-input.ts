import type { LeadSource, LeadStatus } from "@/lib/db/generated/enums";

/** A new lead in domain terms; each dialect maps its own fields to this. */
export interface NewLead {
  /** Required unless first/last names are given ("first last" then). */
  name?: string;
  firstName?: string;
  lastName?: string;
  email: string;
  phone?: string | null;
  otherPhone?: string | null;
  company?: string | null;
  source?: LeadSource | null;
  status?: LeadStatus;
  score?: number | null;
  /** Expected deal value, a decimal string ("12500.00"); see lead-value.ts. */
  value?: string | null;
  notes?: string | null;
  campaignId?: string | null;
  assignedToId?: string | null;
  lastContactAt?: Date | null;
  customFields?: Record<string, unknown>;
  leadTypeId?: string | null;
  leadSubtypeId?: string | null;
}

export function displayName(lead: Pick<NewLead, "name" | "firstName" | "lastName">): string {
  const full = [lead.firstName, lead.lastName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(" ");
  return full || lead.name?.trim() || "";
}
