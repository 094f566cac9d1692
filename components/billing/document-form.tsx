"use client";

import { useRouter } from "next/navigation";
import { FormProvider, get, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import { formFieldName, type LineItemFormInput } from "@/lib/crm/billing/document-form";
import type { ActionResult } from "@/lib/http/action-result";
import { Alert } from "../ui/alert";
import { cn } from "../ui/cn";
import { Field, Input, Textarea } from "../ui/field";
import { FormActions } from "../ui/form-actions";
import { QueryProvider } from "../ui/query-provider";
import type { PickerOption } from "../ui/search-picker";
import { useActionForm } from "../ui/use-action-form";
import { CustomerPicker } from "./customer-picker";
import { LineItemsEditor, type ProductOption } from "./line-items-editor";

/** What every document form holds; invoices and quotes add their own dates. */
export interface DocumentFormFields extends FieldValues {
  customerId: string;
  customerName: string;
  items: LineItemFormInput[];
  notes: string;
}

export interface DocumentFormProps<TIn extends DocumentFormFields, TOut extends FieldValues, TData> {
  /** The form's accessible name ("Invoice", "Quote"). */
  label: string;
  schema: z.ZodType<TOut, TIn>;
  initial: TIn;
  currency: string;
  /** The document's date fields, beside the customer. */
  dates: { name: Path<TIn>; label: string; id: string }[];
  notesPlaceholder: string;
  submitLabel: string;
  save(values: TOut): Promise<ActionResult<TData>>;
  /** Where the saved document lives. */
  savedHref(data: TData): string;
  searchCustomers(term: string): Promise<PickerOption[]>;
  searchProducts(term: string): Promise<ProductOption[]>;
  /** Items and customer fixed (an invoice with payments); `itemsLockedNote` says why. */
  itemsLocked?: boolean;
  itemsLockedNote?: string;
}

/**
 * An invoice or a quote being written: customer, its dates, the line items
 * editor, notes. Validated with the document's schema from
 * `lib/crm/billing/document-form`; server errors land beside their fields.
 */
export function DocumentForm<TIn extends DocumentFormFields, TOut extends FieldValues, TData>(props: DocumentFormProps<TIn, TOut, TData>) {
  return (
    <QueryProvider>
      <DocumentFormBody {...props} />
    </QueryProvider>
  );
}

function DocumentFormBody<TIn extends DocumentFormFields, TOut extends FieldValues, TData>({
  label,
  schema,
  initial,
  currency,
  dates,
  notesPlaceholder,
  submitLabel,
  save,
  savedHref,
  searchCustomers,
  searchProducts,
  itemsLocked,
  itemsLockedNote,
}: DocumentFormProps<TIn, TOut, TData>) {
  const router = useRouter();
  const { form, message, onSubmit } = useActionForm({
    schema,
    defaultValues: initial as DefaultValues<TIn>,
    save,
    fieldName: formFieldName,
    onSaved(data) {
      router.push(savedHref(data));
      router.refresh();
    },
  });
  const { register, formState } = form;
  // Date fields are named by the caller, so their errors are looked up by path.
  const errorOf = (name: string): string | undefined => (get(formState.errors, name) as { message?: string } | undefined)?.message;
  const notesId = `${label.toLowerCase()}-notes`;

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={label} className="space-y-6">
        {message && <Alert>{message}</Alert>}
        <div
          className={cn(
            "grid gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2",
            dates.length > 1 ? "lg:grid-cols-4" : "lg:grid-cols-3",
          )}
        >
          <div className="sm:col-span-2">
            {itemsLocked ? (
              <Field label="Customer" htmlFor="customer-fixed">
                <Input id="customer-fixed" value={initial.customerName} disabled readOnly />
              </Field>
            ) : (
              <CustomerPicker searchCustomers={searchCustomers} />
            )}
          </div>
          {dates.map((date) => (
            <Field key={date.id} label={date.label} htmlFor={date.id} error={errorOf(date.name)}>
              <Input id={date.id} type="date" {...register(date.name)} aria-invalid={Boolean(errorOf(date.name)) || undefined} />
            </Field>
          ))}
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          {itemsLocked ? <Alert tone="info">{itemsLockedNote}</Alert> : <LineItemsEditor currency={currency} searchProducts={searchProducts} />}
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <Field label="Notes" htmlFor={notesId} error={errorOf("notes")}>
            <Textarea id={notesId} rows={3} placeholder={notesPlaceholder} {...register("notes" as Path<TIn>)} />
          </Field>
        </div>
        <FormActions submitting={formState.isSubmitting} submitLabel={submitLabel} onCancel={() => router.back()} />
      </form>
    </FormProvider>
  );
}
