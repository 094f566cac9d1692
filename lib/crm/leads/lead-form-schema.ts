import { z } from "zod";
import { LEAD_SOURCES } from "./lead-sources";
import { leadValueText } from "./lead-value";
import type { NewLead } from "./lead-input";
import type { LeadChanges } from "./update-lead";

const STATUSES = ["new", "contacted", "qualified", "proposal", "negotiation", "converted", "won", "lost"] as const;
const optionalText = (max: number, message: string) => z.string().trim().max(max, message).optional();

/**
 * A lead as a person types it on the pages (new lead and inline edit): the
 * crm API's limits in domain names, empty text meaning "none". The browser
 * validates with it (react-hook-form) and the server action parses it again.
 */
export const leadFormSchema = z.object({
  name: z.string().trim().min(1, "Name is required").max(200, "Keep the name under 200 characters"),
  email: z.string().trim().toLowerCase().max(320).pipe(z.email("Enter a valid email address")),
  phone: optionalText(50, "Keep the phone under 50 characters"),
  company: optionalText(200, "Keep the company under 200 characters"),
  source: z.union([z.literal(""), z.enum(LEAD_SOURCES)]).optional(),
  status: z.enum(STATUSES),
  score: z
    .string()
    .trim()
    .refine((text) => text === "" || (/^\d{1,3}$/.test(text) && Number(text) <= 100), "Score is a whole number from 0 to 100")
    .optional(),
  value: leadValueText.optional(),
  notes: optionalText(10_000, "Keep notes under 10,000 characters"),
  /** A user of the workspace, or "" for nobody. */
  assignedToId: z.union([z.literal(""), z.uuid("Pick someone from the list")]).optional(),
});
export type LeadFormInput = z.input<typeof leadFormSchema>;
export type LeadFormValues = z.output<typeof leadFormSchema>;

/** Form values → domain fields: every field is sent, empty text clears it. */
export function leadFieldsFromForm(values: LeadFormValues): NewLead & LeadChanges {
  const orNull = (text: string | undefined) => (text ? text : null);
  return {
    name: values.name,
    email: values.email,
    phone: orNull(values.phone),
    company: orNull(values.company),
    source: values.source || null,
    status: values.status,
    score: values.score ? Number(values.score) : null,
    value: orNull(values.value),
    notes: orNull(values.notes),
    assignedToId: orNull(values.assignedToId),
  };
}

/** A stored lead → the edit form's values. */
export function leadFormValues(lead: {
  name: string;
  email: string;
  phone: string | null;
  company: string | null;
  source: string | null;
  status: LeadFormValues["status"];
  score: number | null;
  value: { toFixed(digits: number): string } | null;
  notes: string | null;
  assignedToId: string | null;
}): LeadFormInput {
  return {
    name: lead.name,
    email: lead.email,
    phone: lead.phone ?? "",
    company: lead.company ?? "",
    source: (lead.source ?? "") as LeadFormInput["source"],
    status: lead.status,
    score: lead.score === null ? "" : String(lead.score),
    value: lead.value?.toFixed(2) ?? "",
    notes: lead.notes ?? "",
    assignedToId: lead.assignedToId ?? "",
  };
}
