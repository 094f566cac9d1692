"use client";

import { invoiceForm, type InvoiceFormInput, type InvoiceFormValues } from "@/lib/crm/billing/document-form";
import type { ActionResult } from "@/lib/http/action-result";
import type { PickerOption } from "../ui/search-picker";
import { DocumentForm } from "./document-form";
import type { ProductOption } from "./line-items-editor";

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

const DATES = [
  { name: "issueDate", label: "Invoice date", id: "issue-date" },
  { name: "dueDate", label: "Due date", id: "due-date" },
] as const;

/** New and edit invoice: the document form with an invoice's two dates. */
export function InvoiceForm(props: InvoiceFormProps) {
  return (
    <DocumentForm
      {...props}
      label="Invoice"
      schema={invoiceForm}
      dates={[...DATES]}
      notesPlaceholder="Payment terms, bank details, a thank-you…"
      savedHref={(data) => `/invoices/${data.id}`}
      itemsLockedNote="This invoice has payments: its items and customer can no longer change."
    />
  );
}
