"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/http/action-result";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { useCloseEdit } from "../ui/edit-in-place";
import { Field, Input, Select, Textarea } from "../ui/field";

/** How a field is typed: a text input of some kind, a select of `options`, or a full-width textarea. */
export type FieldKind = "text" | "email" | "tel" | "decimal" | "integer" | "select" | "textarea";

export interface FormFieldSpec<In extends FieldValues> {
  name: Path<In>;
  label: string;
  kind?: FieldKind;
  /** For selects: the choices, in order ("" for none, e.g. "Unassigned"). */
  options?: readonly { value: string; label: string }[];
  placeholder?: string;
  /** The control's id suffix when it differs from the name (ids are `<idPrefix>-<id>`). */
  id?: string;
}

const INPUT_TYPE = {
  text: { type: "text" },
  email: { type: "email", autoComplete: "off" },
  tel: { type: "tel" },
  decimal: { inputMode: "decimal" },
  integer: { inputMode: "numeric" },
} as const;

/**
 * A record's new/edit form from its zod schema and a list of fields: the same
 * schema validates in the browser (react-hook-form) and again in the server
 * action; a server-side field error (`serverFields` maps the domain's and
 * API's field names to the form's) shows beside its field, anything else above
 * the form. After a create it opens the record (`recordPath`); after an edit
 * inside EditInPlace it refreshes and closes.
 */
export function SchemaForm<In extends FieldValues, Out>({
  schema,
  idPrefix,
  fields,
  initial,
  serverFields,
  save,
  submitLabel,
  recordPath,
}: {
  schema: z.ZodType<Out, In>;
  idPrefix: string;
  fields: readonly FormFieldSpec<In>[];
  initial: DefaultValues<In>;
  serverFields: Record<string, Path<In>>;
  save(values: Out): Promise<ActionResult<{ id: string } | null>>;
  submitLabel: string;
  recordPath(id: string): string;
}) {
  const router = useRouter();
  // Inside EditInPlace: Cancel and a save swap the details back.
  const onCancel = useCloseEdit();
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<In, unknown, Out>({ resolver: zodResolver(schema), defaultValues: initial });

  async function onSubmit(values: Out) {
    setMessage(null);
    const result = await save(values);
    if (result.ok) {
      if (result.data) router.push(recordPath(result.data.id));
      else {
        router.refresh();
        onCancel?.();
      }
      return;
    }
    const placed = Object.entries(result.fields ?? {}).filter(([field]) => serverFields[field]);
    placed.forEach(([field, text], i) => setError(serverFields[field]!, { message: text }, { shouldFocus: i === 0 }));
    if (placed.length === 0) setMessage(result.message);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" aria-label={submitLabel}>
      {message && <Alert>{message}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((field) => {
          const id = `${idPrefix}-${field.id ?? field.name}`;
          const error = formState.errors[field.name]?.message;
          const control = { id, "aria-invalid": Boolean(error), placeholder: field.placeholder, ...register(field.name) };
          const kind = field.kind ?? "text";
          return (
            <div key={field.name} className={kind === "textarea" ? "sm:col-span-2" : undefined}>
              <Field label={field.label} htmlFor={id} error={typeof error === "string" ? error : undefined}>
                {kind === "select" ? (
                  <Select {...control}>
                    {field.options?.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </Select>
                ) : kind === "textarea" ? (
                  <Textarea rows={3} {...control} />
                ) : (
                  <Input {...INPUT_TYPE[kind]} {...control} />
                )}
              </Field>
            </div>
          );
        })}
      </div>
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

/** What a record form needs beyond the schema form: the people to pick an owner from, where it saves, its button. */
export interface RecordFormProps<In, Out> {
  initial?: In;
  users: { id: string; name: string }[];
  save(values: Out): Promise<ActionResult<{ id: string } | null>>;
  submitLabel: string;
}

/**
 * A record's form component (lead, customer…) from its schema and fields, so
 * each record states only what differs. The schema stays in the client module
 * (a zod schema cannot cross from a server component).
 */
export function recordForm<In extends FieldValues, Out>(config: {
  schema: z.ZodType<Out, In>;
  idPrefix: string;
  empty: In;
  fields(users: { id: string; name: string }[]): FormFieldSpec<In>[];
  serverFields: Record<string, Path<In>>;
  recordPath(id: string): string;
}) {
  return function RecordForm({ initial = config.empty, users, save, submitLabel }: RecordFormProps<In, Out>) {
    return (
      <SchemaForm
        schema={config.schema}
        idPrefix={config.idPrefix}
        fields={config.fields(users)}
        initial={initial as DefaultValues<In>}
        serverFields={config.serverFields}
        save={save}
        submitLabel={submitLabel}
        recordPath={config.recordPath}
      />
    );
  };
}
