"use client";

import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { TICKET_PRIORITIES } from "@/lib/crm/tickets/ticket-fields";
import { TICKET_PRIORITY_LABELS, newTicketForm, type NewTicketFormInput, type NewTicketFormValues } from "@/lib/crm/tickets/ticket-schema";
import type { ActionResult } from "@/lib/http/action-result";
import { CustomerPicker } from "../billing/customer-picker";
import { Alert } from "../ui/alert";
import { Field, Input, Select, Textarea } from "../ui/field";
import { FormActions } from "../ui/form-actions";
import { QueryProvider } from "../ui/query-provider";
import type { PickerOption } from "../ui/search-picker";
import { useActionForm } from "../ui/use-action-form";

/** The domain's field names (the suite's) → this form's. */
const FIELD_NAMES: Record<string, keyof NewTicketFormInput> = { customer_id: "customerId", department_id: "departmentSeq" };

export interface NewTicketFormProps {
  initial: NewTicketFormInput;
  departments: { seq: number; name: string }[];
  save(values: NewTicketFormValues): Promise<ActionResult<{ seq: number }>>;
  searchCustomers(term: string): Promise<PickerOption[]>;
}

/** Open a ticket for a customer (or none): the API's create-ticket fields, errors beside them; goes to the new ticket. */
export function NewTicketForm(props: NewTicketFormProps) {
  return (
    <QueryProvider>
      <NewTicketFormBody {...props} />
    </QueryProvider>
  );
}

function NewTicketFormBody({ initial, departments, save, searchCustomers }: NewTicketFormProps) {
  const router = useRouter();
  const { form, message, onSubmit } = useActionForm({
    schema: newTicketForm,
    defaultValues: initial,
    save,
    fieldName: (field) => FIELD_NAMES[field] ?? field,
    onSaved(data) {
      router.push(`/tickets/${data.seq}`);
      router.refresh();
    },
  });
  const { register, formState } = form;
  const errors = formState.errors;

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label="New ticket" className="grid max-w-3xl gap-4 sm:grid-cols-2">
        {message && (
          <div className="sm:col-span-2">
            <Alert>{message}</Alert>
          </div>
        )}
        <div className="sm:col-span-2">
          <CustomerPicker searchCustomers={searchCustomers} label="Customer (optional)" />
        </div>
        <div className="sm:col-span-2">
          <Field label="Subject" htmlFor="ticket-subject" error={errors.subject?.message}>
            <Input id="ticket-subject" {...register("subject")} aria-invalid={Boolean(errors.subject) || undefined} />
          </Field>
        </div>
        <div className="sm:col-span-2">
          <Field label="Message" htmlFor="ticket-message" error={errors.message?.message}>
            <Textarea
              id="ticket-message"
              rows={6}
              placeholder="What the customer needs, in their words if you have them"
              {...register("message")}
              aria-invalid={Boolean(errors.message) || undefined}
            />
          </Field>
        </div>
        <Field label="Department" htmlFor="ticket-department" error={errors.departmentSeq?.message}>
          <Select id="ticket-department" {...register("departmentSeq")}>
            <option value="">No department</option>
            {departments.map((d) => (
              <option key={d.seq} value={d.seq}>
                {d.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Priority" htmlFor="ticket-priority" error={errors.priority?.message}>
          <Select id="ticket-priority" {...register("priority")}>
            {TICKET_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {TICKET_PRIORITY_LABELS[p]}
              </option>
            ))}
          </Select>
        </Field>
        <FormActions
          className="sm:col-span-2"
          submitting={formState.isSubmitting}
          submitLabel="Open ticket"
          busyLabel="Opening…"
          onCancel={() => router.back()}
        />
      </form>
    </FormProvider>
  );
}
