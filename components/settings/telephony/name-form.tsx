"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { z } from "zod";
import type { ActionResult } from "@/lib/http/action-result";
import { Button } from "../../ui/button";
import { Field, Input } from "../../ui/field";

/**
 * One name field with its submit (add a subtype, rename a type or subtype,
 * add a domain): validated with the domain's own schema in the browser, and
 * the server's field message shown under the field.
 */
export function NameForm({
  id,
  label,
  schema,
  submitLabel,
  initial = "",
  placeholder,
  save,
  onDone,
  onCancel,
}: {
  id: string;
  label: string;
  schema: z.ZodType<string, string>;
  submitLabel: string;
  initial?: string;
  placeholder?: string;
  save(input: { name: string }): Promise<ActionResult<unknown>>;
  onDone?(): void;
  onCancel?(): void;
}) {
  const { register, handleSubmit, formState, setError, reset } = useForm<{ name: string }, unknown, { name: string }>({
    resolver: zodResolver(z.object({ name: schema })),
    defaultValues: { name: initial },
  });

  async function onSubmit(values: { name: string }) {
    const result = await save(values);
    if (!result.ok) {
      setError("name", { message: Object.values(result.fields ?? {})[0] ?? result.message });
      return;
    }
    reset({ name: "" });
    onDone?.();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1 basis-48">
        <Field label={label} htmlFor={id} error={formState.errors.name?.message}>
          <Input id={id} placeholder={placeholder} autoComplete="off" {...register("name")} />
        </Field>
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
