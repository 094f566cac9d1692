"use client";

import { LEAD_SOURCES } from "@/lib/crm/leads/lead-sources";
import { leadFormSchema, type LeadFormInput } from "@/lib/crm/leads/lead-form-schema";
import { PIPELINE_STAGES, STAGE_LABELS } from "@/lib/crm/pipeline/pipeline-stages";
import { recordForm, type FormFieldSpec } from "../forms/schema-form";

/** Server field names (the domain's and the API's) → this form's fields. */
const SERVER_FIELDS: Record<string, keyof LeadFormInput> = {
  name: "name",
  email: "email",
  value: "value",
  score: "score",
  assigned_to: "assignedToId",
  assignedToId: "assignedToId",
};

export const EMPTY_LEAD: LeadFormInput = {
  name: "",
  email: "",
  phone: "",
  company: "",
  source: "",
  status: "new",
  score: "",
  value: "",
  notes: "",
  assignedToId: "",
};

function leadFields(users: { id: string; name: string }[]): FormFieldSpec<LeadFormInput>[] {
  return [
    { name: "name", label: "Name" },
    { name: "email", label: "Email", kind: "email" },
    { name: "phone", label: "Phone", kind: "tel" },
    { name: "company", label: "Company" },
    { name: "status", label: "Status", kind: "select", options: PIPELINE_STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] })) },
    { name: "source", label: "Source", kind: "select", options: [{ value: "", label: "Not known" }, ...LEAD_SOURCES.map((s) => ({ value: s, label: s }))] },
    { name: "value", label: "Deal value", kind: "decimal", placeholder: "e.g. 12500.00" },
    { name: "score", label: "Score (0-100)", kind: "integer" },
    {
      name: "assignedToId",
      label: "Owner",
      kind: "select",
      options: [{ value: "", label: "Unassigned" }, ...users.map((u) => ({ value: u.id, label: u.name }))],
    },
    { name: "notes", label: "Notes", kind: "textarea" },
  ];
}

/** The lead form (new lead and inline edit) on the domain's schema, `lib/crm/leads/lead-form-schema.ts`. */
export const LeadForm = recordForm({
  schema: leadFormSchema,
  idPrefix: "lead",
  empty: EMPTY_LEAD,
  fields: leadFields,
  serverFields: SERVER_FIELDS,
  recordPath: (id) => `/leads/${id}`,
});
