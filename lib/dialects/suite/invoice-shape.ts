import { z } from "zod";
import type { DocumentItemInput } from "@/lib/crm/billing/document-items";
import type { InvoiceRecord } from "@/lib/crm/billing/invoice-record";
import { addMoney } from "@/lib/crm/billing/invoice-totals";
import type { InvoiceStatus } from "@/lib/db/generated/enums";
import { dateIn, dateOut, moneyOut, seedWord, suiteRefId } from "./wire-values";
import { ITEMS_MAX, ITEMS_MAX_MESSAGE, ITEMS_MIN_MESSAGE, NOTES_MAX, itemAmountIn, itemQtyIn } from "@/lib/crm/billing/document-fields";

/** The seed's status words and ours. */
export const INVOICE_STATUS_WORDS = ["Paid", "Unpaid", "Partially Paid", "Cancelled"] as const;
const TO_WORD: Record<InvoiceStatus, (typeof INVOICE_STATUS_WORDS)[number]> = {
  paid: "Paid",
  unpaid: "Unpaid",
  partially_paid: "Partially Paid",
  cancelled: "Cancelled",
};
export function statusFromWord(word: (typeof INVOICE_STATUS_WORDS)[number]): InvoiceStatus {
  return (Object.entries(TO_WORD).find(([, w]) => w === word)?.[0] ?? "unpaid") as InvoiceStatus;
}
export const invoiceStatusWord = seedWord(INVOICE_STATUS_WORDS, "Status");

export const suiteItem = z.object({
  description: z.string(),
  amount: z.number(),
  qty: z.number(),
  product_id: z.number().int().nullable(),
  tax_rate: z.number(),
  line_total: z.number(),
});

export const suiteInvoice = z.object({
  id: z.number().int(),
  invoice_number: z.string(),
  customer_id: z.number().int(),
  date: z.string(),
  due_date: z.string().nullable(),
  subtotal: z.number(),
  tax: z.number(),
  amount: z.number(),
  amount_paid: z.number(),
  balance: z.number(),
  status: z.enum(INVOICE_STATUS_WORDS),
  currency: z.string(),
  notes: z.string().nullable(),
  items: z.array(suiteItem),
  created_at: z.string(),
  updated_at: z.string(),
});

type ItemRecord = InvoiceRecord["items"][number];

export function toSuiteItem(item: ItemRecord): z.infer<typeof suiteItem> {
  return {
    description: item.description,
    amount: moneyOut(item.amount),
    qty: Number(item.qty.toString()),
    product_id: item.product?.seq ?? null,
    tax_rate: moneyOut(item.taxRate),
    line_total: moneyOut(item.lineTotal),
  };
}

export function toSuiteInvoice(invoice: InvoiceRecord): z.infer<typeof suiteInvoice> {
  return {
    id: invoice.seq,
    invoice_number: invoice.number,
    customer_id: invoice.customer.seq,
    date: dateOut(invoice.issueDate),
    due_date: dateOut(invoice.dueDate),
    subtotal: moneyOut(invoice.subtotal),
    tax: moneyOut(invoice.taxTotal),
    amount: moneyOut(invoice.amount),
    amount_paid: moneyOut(invoice.amountPaid),
    balance: moneyOut(addMoney(invoice.amount.toFixed(2), invoice.amountPaid.toFixed(2), -1)),
    status: TO_WORD[invoice.status],
    currency: invoice.currency,
    notes: invoice.notes,
    items: invoice.items.map(toSuiteItem),
    created_at: invoice.createdAt.toISOString(),
    updated_at: invoice.updatedAt.toISOString(),
  };
}

/** An item as the seed writes it; `product_id` (optional) fills description, amount and tax rate from the product. */
export const suiteItemIn = z.object({
  description: z.string().max(1000).optional(),
  amount: itemAmountIn().optional(),
  qty: itemQtyIn().default("1"),
  product_id: suiteRefId("Product").optional(),
});

export const suiteItemsIn = z.array(suiteItemIn, { error: "Items must be a list" }).min(1, ITEMS_MIN_MESSAGE).max(ITEMS_MAX, ITEMS_MAX_MESSAGE);

export function toItemInputs(items: z.infer<typeof suiteItemsIn>): DocumentItemInput[] {
  return items.map((item) => ({
    description: item.description,
    amount: item.amount,
    qty: item.qty,
    product: item.product_id === undefined ? null : { seq: item.product_id },
  }));
}

export const suiteInvoiceFields = z.object({
  customer_id: suiteRefId("Customer"),
  date: dateIn("Date").optional(),
  due_date: dateIn("Due date").nullable().optional(),
  items: suiteItemsIn,
  notes: z.string().max(NOTES_MAX).nullable().optional(),
});
