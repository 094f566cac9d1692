import type { CustomerKey } from "../customers/get-customer";
import type { DocumentItemInput } from "./document-items";

export interface NewInvoice {
  customer: Exclude<CustomerKey, { externalId: string }>;
  /** `YYYY-MM-DD`; today (UTC) when absent. Its year is the number's year. */
  issueDate?: string;
  dueDate?: string | null;
  items: DocumentItemInput[];
  notes?: string | null;
  currency?: string;
}

/** Changes; `undefined` leaves a field as it is. Items are replaced as a whole. */
export interface InvoiceChanges {
  customer?: Exclude<CustomerKey, { externalId: string }>;
  issueDate?: string;
  dueDate?: string | null;
  items?: DocumentItemInput[];
  notes?: string | null;
}
