"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, type BaseSyntheticEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/http/action-result";

/**
 * A react-hook-form form that validates with the domain's zod schema, calls a
 * server action and shows what it answers: field errors beside their fields
 * (the domain's names mapped by `fieldName`, e.g. `items.2.product_id` →
 * `items.2.productId`), anything else in `message`. Every page form uses it.
 */
export function useActionForm<TIn extends FieldValues, TOut extends FieldValues, TData>({
  schema,
  defaultValues,
  save,
  onSaved,
  fieldName = (field) => field,
}: {
  schema: z.ZodType<TOut, TIn>;
  defaultValues: DefaultValues<TIn>;
  save(values: TOut): Promise<ActionResult<TData>>;
  onSaved(data: TData, values: TOut): void;
  fieldName?(domainField: string): string;
}): { form: UseFormReturn<TIn, unknown, TOut>; message: string | undefined; onSubmit(event?: BaseSyntheticEvent): Promise<void> } {
  const [message, setMessage] = useState<string>();
  const form = useForm<TIn, unknown, TOut>({ resolver: zodResolver(schema), defaultValues });
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(undefined);
    const result = await save(values);
    if (result.ok) {
      onSaved(result.data, values);
      return;
    }
    setMessage(result.message);
    const known = form.getValues();
    for (const [field, text] of Object.entries(result.fields ?? {})) {
      const name = fieldName(field);
      // Only fields the form has get an inline error; the rest stay in the summary.
      if ((name.split(".")[0] ?? "") in known) form.setError(name as Path<TIn>, { message: text });
    }
  });
  return { form, message, onSubmit };
}
