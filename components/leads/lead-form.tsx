"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { LEAD_SOURCES } from "@/lib/crm/leads/lead-sources";
import { leadFormSchema, type LeadFormInput, type LeadFormValues } from "@/lib/crm/leads/lead-form-schema";
import { PIPELINE_STAGES, STAGE_LABELS } from "@/lib/crm/pipeline/pipeline-stages";
import type { ActionResult } from "@/lib/http/action-result";
import { Alert } from "../ui/alert";
import { useCloseEdit } from "../ui/edit-in-place";
import { Button } from "../ui/button";
import { Field, Input, Select, Textarea } from "../ui/field";

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

/**
 * The lead form (new lead and inline edit): the domain's zod schema in the
 * browser and again on the server; a server-side field error (an email
 * another lead has) appears beside its field.
 */
export function LeadForm({
  initial = EMPTY_LEAD,
  users,
  save,
  submitLabel,
}: {
  initial?: LeadFormInput;
  users: { id: string; name: string }[];
  save(values: LeadFormValues): Promise<ActionResult<{ id: string } | null>>;
  submitLabel: string;
}) {
  const router = useRouter();
  // Inline edit (EditInPlace) closes the form on Cancel and after a save.
  const onCancel = useCloseEdit();
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<LeadFormInput, unknown, LeadFormValues>({
    resolver: zodResolver(leadFormSchema),
    defaultValues: initial,
  });
  const errors = formState.errors;

  async function onSubmit(values: LeadFormValues) {
    setMessage(null);
    const result = await save(values);
    if (result.ok) {
      if (result.data) router.push(`/leads/${result.data.id}`);
      else {
        router.refresh();
        onCancel?.();
      }
      return;
    }
    const placed = Object.entries(result.fields ?? {}).filter(([field]) => SERVER_FIELDS[field]);
    placed.forEach(([field, text], i) => setError(SERVER_FIELDS[field]!, { message: text }, { shouldFocus: i === 0 }));
    if (placed.length === 0) setMessage(result.message);
  }

  const control = (name: keyof LeadFormInput) => ({ id: `lead-${name}`, "aria-invalid": Boolean(errors[name]), ...register(name) });
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" aria-label={submitLabel}>
      {message && <Alert>{message}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" htmlFor="lead-name" error={errors.name?.message}>
          <Input autoComplete="off" {...control("name")} />
        </Field>
        <Field label="Email" htmlFor="lead-email" error={errors.email?.message}>
          <Input type="email" autoComplete="off" {...control("email")} />
        </Field>
        <Field label="Phone" htmlFor="lead-phone" error={errors.phone?.message}>
          <Input type="tel" {...control("phone")} />
        </Field>
        <Field label="Company" htmlFor="lead-company" error={errors.company?.message}>
          <Input {...control("company")} />
        </Field>
        <Field label="Status" htmlFor="lead-status" error={errors.status?.message}>
          <Select {...control("status")}>
            {PIPELINE_STAGES.map((status) => (
              <option key={status} value={status}>
                {STAGE_LABELS[status]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Source" htmlFor="lead-source" error={errors.source?.message}>
          <Select {...control("source")}>
            <option value="">Not known</option>
            {LEAD_SOURCES.map((source) => (
              <option key={source} value={source}>
                {source}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Deal value" htmlFor="lead-value" error={errors.value?.message}>
          <Input inputMode="decimal" placeholder="e.g. 12500.00" {...control("value")} />
        </Field>
        <Field label="Score (0-100)" htmlFor="lead-score" error={errors.score?.message}>
          <Input inputMode="numeric" {...control("score")} />
        </Field>
        <Field label="Owner" htmlFor="lead-assignedToId" error={errors.assignedToId?.message}>
          <Select {...control("assignedToId")}>
            <option value="">Unassigned</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label="Notes" htmlFor="lead-notes" error={errors.notes?.message}>
        <Textarea rows={3} {...control("notes")} />
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
