"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm, type Path } from "react-hook-form";
import { formFieldName, quoteForm, type QuoteFormInput, type QuoteFormValues } from "@/lib/crm/billing/document-form";
import type { ActionResult } from "@/lib/http/action-result";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field, Input, Textarea } from "../ui/field";
import { QueryProvider } from "../ui/query-provider";
import type { PickerOption } from "../ui/search-picker";
import { CustomerPicker } from "./customer-picker";
import { LineItemsEditor, type ProductOption } from "./line-items-editor";

export interface QuoteFormProps {
  initial: QuoteFormInput;
  currency: string;
  submitLabel: string;
  save(values: QuoteFormValues): Promise<ActionResult<{ seq: number }>>;
  searchCustomers(term: string): Promise<PickerOption[]>;
  searchProducts(term: string): Promise<ProductOption[]>;
}

/** New and edit quote: customer, validity, the shared line-items editor, notes; server errors beside their fields. */
export function QuoteForm(props: QuoteFormProps) {
  return (
    <QueryProvider>
      <QuoteFormBody {...props} />
    </QueryProvider>
  );
}

function QuoteFormBody({ initial, currency, submitLabel, save, searchCustomers, searchProducts }: QuoteFormProps) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<QuoteFormInput, unknown, QuoteFormValues>({ resolver: zodResolver(quoteForm), defaultValues: initial });
  const { register, handleSubmit, formState, setError } = form;

  async function onSubmit(values: QuoteFormValues) {
    setMessage(null);
    const result = await save(values);
    if (result.ok) {
      router.push(`/quotes/${result.data.seq}`);
      router.refresh();
      return;
    }
    setMessage(result.message);
    for (const [field, text] of Object.entries(result.fields ?? {})) setError(formFieldName(field) as Path<QuoteFormInput>, { message: text });
  }

  return (
    <FormProvider {...form}>
      <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Quote" className="space-y-6">
        {message && <Alert>{message}</Alert>}
        <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-3">
          <div className="sm:col-span-2">
            <CustomerPicker searchCustomers={searchCustomers} />
          </div>
          <Field label="Valid until" htmlFor="valid-until" error={formState.errors.validUntil?.message}>
            <Input id="valid-until" type="date" {...register("validUntil")} aria-invalid={Boolean(formState.errors.validUntil) || undefined} />
          </Field>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <LineItemsEditor currency={currency} searchProducts={searchProducts} />
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <Field label="Notes" htmlFor="quote-notes" error={formState.errors.notes?.message}>
            <Textarea id="quote-notes" rows={3} placeholder="Scope, terms, what is included…" {...register("notes")} />
          </Field>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? "Saving…" : submitLabel}
          </Button>
          <Button type="button" variant="ghost" onClick={() => router.back()}>
            Cancel
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
