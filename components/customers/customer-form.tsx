"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { CUSTOMER_STATUSES, CUSTOMER_TYPES, customerFormSchema, type CustomerFormValues } from "@/lib/crm/customers/customer-schema";
import type { ActionResult } from "@/lib/http/action-result";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { useCloseEdit } from "../ui/edit-in-place";
import { Field, Input, Select, Textarea } from "../ui/field";
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

/**
 * The customer form (new and edit): the domain's zod schema in the browser,
 * the same schema on the server; a server-side field error (an email already
 * taken) appears beside its field.
 */
export function CustomerForm({
  initial = EMPTY_CUSTOMER,
  users,
  save,
  submitLabel,
}: {
  initial?: CustomerFormValues;
  users: { id: string; name: string }[];
  save(values: CustomerFormValues): Promise<ActionResult<{ id: string } | null>>;
  submitLabel: string;
}) {
  const router = useRouter();
  // Inside EditInPlace (the customer page): Cancel and a save swap the details back.
  const onCancel = useCloseEdit();
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<CustomerFormValues>({ resolver: zodResolver(customerFormSchema), defaultValues: initial });
  const errors = formState.errors;

  async function onSubmit(values: CustomerFormValues) {
    setMessage(null);
    const result = await save(values);
    if (result.ok) {
      if (result.data) router.push(`/customers/${result.data.id}`);
      else {
        router.refresh();
        onCancel?.();
      }
      return;
    }
    let placed = false;
    for (const [field, text] of Object.entries(result.fields ?? {})) {
      const name = SERVER_FIELDS[field];
      if (name) {
        setError(name, { message: text }, { shouldFocus: !placed });
        placed = true;
      }
    }
    if (!placed) setMessage(result.message);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" aria-label={submitLabel}>
      {message && <Alert>{message}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" htmlFor="customer-name" error={errors.name?.message}>
          <Input id="customer-name" autoComplete="off" {...register("name")} aria-invalid={Boolean(errors.name)} />
        </Field>
        <Field label="Email" htmlFor="customer-email" error={errors.email?.message}>
          <Input id="customer-email" type="email" autoComplete="off" {...register("email")} aria-invalid={Boolean(errors.email)} />
        </Field>
        <Field label="Phone" htmlFor="customer-phone" error={errors.phone?.message}>
          <Input id="customer-phone" type="tel" {...register("phone")} />
        </Field>
        <Field label="Company" htmlFor="customer-company" error={errors.company?.message}>
          <Input id="customer-company" {...register("company")} />
        </Field>
        <Field label="Type" htmlFor="customer-type" error={errors.type?.message}>
          <Select id="customer-type" {...register("type")}>
            {CUSTOMER_TYPES.map((type) => (
              <option key={type} value={type}>
                {type === "business" ? "Business" : "Individual"}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Status" htmlFor="customer-status" error={errors.status?.message}>
          <Select id="customer-status" {...register("status")}>
            {CUSTOMER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {CUSTOMER_STATUS_LABELS[status]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Owner" htmlFor="customer-owner" error={errors.assignedToId?.message}>
          <Select id="customer-owner" {...register("assignedToId")}>
            <option value="">Unassigned</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Payment terms" htmlFor="customer-terms" error={errors.paymentTerms?.message}>
          <Input id="customer-terms" placeholder="e.g. Net 30" {...register("paymentTerms")} />
        </Field>
        <Field label="Credit limit" htmlFor="customer-credit" error={errors.creditLimit?.message}>
          <Input id="customer-credit" inputMode="decimal" placeholder="e.g. 5000.00" {...register("creditLimit")} />
        </Field>
      </div>
      <Field label="Notes" htmlFor="customer-notes" error={errors.notes?.message}>
        <Textarea id="customer-notes" rows={3} {...register("notes")} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
