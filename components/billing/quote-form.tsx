"use client";

import { quoteForm, type QuoteFormInput, type QuoteFormValues } from "@/lib/crm/billing/document-form";
import type { ActionResult } from "@/lib/http/action-result";
import type { PickerOption } from "../ui/search-picker";
import { DocumentForm } from "./document-form";
import type { ProductOption } from "./line-items-editor";

export interface QuoteFormProps {
  initial: QuoteFormInput;
  currency: string;
  submitLabel: string;
  save(values: QuoteFormValues): Promise<ActionResult<{ seq: number }>>;
  searchCustomers(term: string): Promise<PickerOption[]>;
  searchProducts(term: string): Promise<ProductOption[]>;
}

/** New and edit quote: the document form with its validity date. */
export function QuoteForm(props: QuoteFormProps) {
  return (
    <DocumentForm
      {...props}
      label="Quote"
      schema={quoteForm}
      dates={[{ name: "validUntil", label: "Valid until", id: "valid-until" }]}
      notesPlaceholder="Scope, terms, what is included…"
      savedHref={(data) => `/quotes/${data.seq}`}
    />
  );
}
