"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm, type Path } from "react-hook-form";
import { formFieldName, invoiceForm, type InvoiceFormInput, type InvoiceFormValues } from "@/lib/crm/billing/document-form";
import type { ActionResult } from "@/lib/http/action-result";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field, Input, Textarea } from "../ui/field";
import { QueryProvider } from "../ui/query-provider";
import type { PickerOption } from "../ui/search-picker";
import { CustomerPicker } from "./customer-picker";
import { LineItemsEditor, type ProductOption } from "./line-items-editor";

export interface InvoiceFormProps {
  initial: InvoiceFormInput;
  currency: string;
  submitLabel: string;
  save(values: InvoiceFormValues): Promise<ActionResult<{ id: string }>>;
  searchCustomers(term: string): Promise<PickerOption[]>;
  searchProducts(term: string): Promise<ProductOption[]>;
  /** Items and customer are fixed once something is paid. */
  itemsLocked?: boolean;
}

/** New and edit invoice: customer, dates, line items, notes; server errors land beside their fields. */
export function InvoiceForm(props: InvoiceFormProps) {
  return (
    <QueryProvider>
      <InvoiceFormBody {...props} />
    </QueryProvider>
  );
}

function InvoiceFormBody({ initial, currency, submitLabel, save, searchCustomers, searchProducts, itemsLocked }: InvoiceFormProps) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<InvoiceFormInput, unknown, InvoiceFormValues>({ resolver: zodResolver(invoiceForm), defaultValues: initial });
  const { register, handleSubmit, formState, setError } = form;

  async function onSubmit(values: InvoiceFormValues) {
    setMessage(null);
    const result = await save(values);
    if (result.ok) {
      router.push(`/invoices/${result.data.id}`);
      router.refresh();
      return;
    }
    setMessage(result.message);
    for (const [field, text] of Object.entries(result.fields ?? {})) setError(formFieldName(field) as Path<InvoiceFormInput>, { message: text });
  }

  return (
    <FormProvider {...form}>
      <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Invoice" className="space-y-6">
        {message && <Alert>{message}</Alert>}
        <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4">
          <div className="sm:col-span-2">
            {itemsLocked ? (
              <Field label="Customer" htmlFor="customer-fixed">
                <Input id="customer-fixed" value={initial.customerName} disabled readOnly />
              </Field>
            ) : (
              <CustomerPicker searchCustomers={searchCustomers} />
            )}
          </div>
          <Field label="Invoice date" htmlFor="issue-date" error={formState.errors.issueDate?.message}>
            <Input id="issue-date" type="date" {...register("issueDate")} aria-invalid={Boolean(formState.errors.issueDate) || undefined} />
          </Field>
          <Field label="Due date" htmlFor="due-date" error={formState.errors.dueDate?.message}>
            <Input id="due-date" type="date" {...register("dueDate")} aria-invalid={Boolean(formState.errors.dueDate) || undefined} />
          </Field>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          {itemsLocked ? (
            <Alert tone="info">This invoice has payments: its items and customer can no longer change.</Alert>
          ) : (
            <LineItemsEditor currency={currency} searchProducts={searchProducts} />
          )}
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <Field label="Notes" htmlFor="notes" error={formState.errors.notes?.message}>
            <Textarea id="notes" rows={3} placeholder="Payment terms, bank details, a thank-you…" {...register("notes")} />
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
