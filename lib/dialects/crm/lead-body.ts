import { z } from "zod";
import type { NewLead } from "@/lib/crm/leads/lead-input";
import type { LeadChanges } from "@/lib/crm/leads/update-lead";
import { leadValueNumber } from "@/lib/crm/leads/lead-value";
import { CRM_LEAD_SOURCES, CRM_LEAD_STATUSES, crmDate } from "./wire-types";

const optionalText = (max: number) => z.string().max(max).nullable().optional();

/** The seed's optional lead fields; `null` clears a field on update. */
const leadFields = {
  phone: optionalText(50),
  company: optionalText(200),
  source: z.enum(CRM_LEAD_SOURCES).nullable().optional(),
  campaign_id: z.uuid().nullable().optional(),
  status: z.enum(CRM_LEAD_STATUSES).optional(),
  score: z.number().int("Score must be a whole number").min(0).max(100).nullable().optional(),
  value: leadValueNumber.nullable().optional().describe("Expected deal value: a number of 0 or more with at most 2 decimals; null clears it"),
  notes: optionalText(10_000),
  last_contact: crmDate.nullable().optional(),
  custom_fields: z.record(z.string(), z.unknown()).optional(),
  assigned_to: z.uuid().nullable().optional(),
};

export const crmLeadCreateBody = z.object({
  name: z.string().trim().min(1, "Name is required").max(200),
  email: z.email().max(320),
  ...leadFields,
});

export const crmLeadUpdateBody = z.object({
  name: z.string().trim().min(1, "Name cannot be empty").max(200).optional(),
  email: z.email().max(320).optional(),
  ...leadFields,
});

type Fields = Partial<z.output<typeof crmLeadUpdateBody>>;

/** Wire → domain: only the fields sent (undefined stays undefined, so partial updates stay partial). */
export function toLeadChanges(body: Fields): LeadChanges {
  return {
    name: body.name,
    email: body.email,
    phone: body.phone,
    company: body.company,
    source: body.source,
    status: body.status,
    score: body.score,
    value: body.value,
    notes: body.notes,
    campaignId: body.campaign_id,
    assignedToId: body.assigned_to,
    lastContactAt: body.last_contact,
    customFields: body.custom_fields,
  };
}

export function toNewLead(body: z.output<typeof crmLeadCreateBody>): NewLead {
  const { firstName: _first, lastName: _last, ...changes } = toLeadChanges(body);
  return { ...changes, name: body.name, email: body.email };
}
