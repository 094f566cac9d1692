"use client";

import { CUSTOMER_STATUSES, CUSTOMER_TYPES, customerFormSchema, type CustomerFormValues } from "@/lib/crm/customers/customer-schema";
import { recordForm, type FormFieldSpec } from "../forms/schema-form";
import { CUSTOMER_STATUS_LABELS } from "./customer-status-badge";

/** Server field names (the domain's and the API's) → this form's fields. */
const SERVER_FIELDS: Record<string, keyof CustomerFormValues> = {
  name: "name",
  email: "email",
  phone: "phone",
  company: "company",
  assigned_to: "assignedToId",
  assignedToId: "assignedToId",
  credit_limit: "creditLimit",
  creditLimit: "creditLimit",
};

export const EMPTY_CUSTOMER: CustomerFormValues = {
  name: "",
  email: "",
  phone: "",
  company: "",
  type: "business",
  status: "active",
  paymentTerms: "",
  creditLimit: "",
  notes: "",
  assignedToId: "",
};

function customerFields(users: { id: string; name: string }[]): FormFieldSpec<CustomerFormValues>[] {
  return [
    { name: "name", label: "Name" },
    { name: "email", label: "Email", kind: "email" },
    { name: "phone", label: "Phone", kind: "tel" },
    { name: "company", label: "Company" },
    { name: "type", label: "Type", kind: "select", options: CUSTOMER_TYPES.map((t) => ({ value: t, label: t === "business" ? "Business" : "Individual" })) },
    { name: "status", label: "Status", kind: "select", options: CUSTOMER_STATUSES.map((s) => ({ value: s, label: CUSTOMER_STATUS_LABELS[s] })) },
    {
      name: "assignedToId",
      id: "owner",
      label: "Owner",
      kind: "select",
      options: [{ value: "", label: "Unassigned" }, ...users.map((u) => ({ value: u.id, label: u.name }))],
    },
    { name: "paymentTerms", id: "terms", label: "Payment terms", placeholder: "e.g. Net 30" },
    { name: "creditLimit", id: "credit", label: "Credit limit", kind: "decimal", placeholder: "e.g. 5000.00" },
    { name: "notes", label: "Notes", kind: "textarea" },
  ];
}

/** The customer form (new and edit) on the domain's schema, `lib/crm/customers/customer-schema.ts`. */
export const CustomerForm = recordForm({
  schema: customerFormSchema,
  idPrefix: "customer",
  empty: EMPTY_CUSTOMER,
  fields: customerFields,
  serverFields: SERVER_FIELDS,
  recordPath: (id) => `/customers/${id}`,
});
