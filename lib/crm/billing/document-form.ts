import { z } from "zod";
import { ITEMS_MAX, ITEMS_MAX_MESSAGE, ITEMS_MIN_MESSAGE, NOTES_MAX, dateIn, itemAmountIn, itemQtyIn } from "./document-fields";
import type { DocumentItemInput } from "./document-items";

/**
 * Invoices and quotes as the pages' forms write them: every field a string as
 * a person types it, validated by the same fields as the suite API
 * (document-fields), parsed again by the server action before the domain.
 */
export const lineItemForm = z.object({
  /** The product the row started from (UUID), or "" for a free line. */
  productId: z.union([z.literal(""), z.uuid("Pick a product")]),
  description: z.string().trim().min(1, "Description is required").max(1000, "Keep the description under 1,000 characters"),
  amount: itemAmountIn(),
  qty: itemQtyIn(),
  /** Shown only: the server always takes the product's own rate (free lines are untaxed). */
  taxRate: z.string(),
});

export const documentItemsForm = z.array(lineItemForm).min(1, ITEMS_MIN_MESSAGE).max(ITEMS_MAX, ITEMS_MAX_MESSAGE);

export type LineItemFormInput = z.input<typeof lineItemForm>;
export type LineItemFormValues = z.output<typeof lineItemForm>;

/** A fresh, empty row. */
export const EMPTY_LINE: LineItemFormInput = { productId: "", description: "", amount: "", qty: "1", taxRate: "0" };

const optionalDate = (label: string) => z.union([z.literal(""), dateIn(label)]);

export const invoiceForm = z
  .object({
    customerId: z.uuid("Pick a customer"),
    /** Shown beside the picker; not sent to the domain. */
    customerName: z.string(),
    issueDate: dateIn("Date"),
    dueDate: optionalDate("Due date"),
    items: documentItemsForm,
    notes: z.string().max(NOTES_MAX, "Keep notes under 5,000 characters"),
  })
  .refine((v) => !v.dueDate || v.dueDate >= v.issueDate, { path: ["dueDate"], message: "Due date cannot be before the invoice date" });

export type InvoiceFormInput = z.input<typeof invoiceForm>;
export type InvoiceFormValues = z.output<typeof invoiceForm>;

export const quoteForm = z.object({
  customerId: z.uuid("Pick a customer"),
  customerName: z.string(),
  validUntil: optionalDate("Valid until"),
  items: documentItemsForm,
  notes: z.string().max(NOTES_MAX, "Keep notes under 5,000 characters"),
});

export type QuoteFormInput = z.input<typeof quoteForm>;
export type QuoteFormValues = z.output<typeof quoteForm>;

/** The form's rows as the domain takes them (products by UUID). */
export function toDocumentItems(items: readonly LineItemFormValues[]): DocumentItemInput[] {
  return items.map((item) => ({
    description: item.description,
    amount: item.amount,
    qty: item.qty,
    product: item.productId ? { id: item.productId } : null,
  }));
}

/**
 * The domain's field names (`customer_id`, `items.2.product_id`) as the form's
 * (`customerId`, `items.2.productId`), so a server-side error lands beside its field.
 */
export function formFieldName(field: string): string {
  return field.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** A stored document's items (Prisma decimals) as the form's rows, for the edit pages of invoices and quotes. */
export function lineItemRows(
  items: readonly {
    productId: string | null;
    description: string;
    amount: { toFixed(places: number): string };
    qty: { toString(): string };
    taxRate: { toFixed(places: number): string };
  }[],
): LineItemFormInput[] {
  return items.map((item) => ({
    productId: item.productId ?? "",
    description: item.description,
    amount: item.amount.toFixed(2),
    qty: item.qty.toString(),
    taxRate: item.taxRate.toFixed(2),
  }));
}
