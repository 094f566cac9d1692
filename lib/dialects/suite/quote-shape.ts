import { z } from "zod";
import type { QuoteRecord } from "@/lib/crm/billing/quote-record";
import { suiteItem, suiteItemsIn, toSuiteItem } from "./invoice-shape";
import { dateIn, dateOut, moneyOut, suiteRefId } from "./wire-values";

export const QUOTE_STATUSES = ["draft", "sent", "accepted", "declined", "expired"] as const;

export const suiteQuote = z.object({
  id: z.number().int(),
  quote_number: z.string(),
  customer_id: z.number().int(),
  valid_until: z.string().nullable(),
  subtotal: z.number(),
  tax: z.number(),
  amount: z.number(),
  status: z.enum(QUOTE_STATUSES),
  notes: z.string().nullable(),
  invoice_id: z.number().int().nullable(),
  invoice_number: z.string().nullable(),
  items: z.array(suiteItem),
  created_at: z.string(),
  updated_at: z.string(),
});

export function toSuiteQuote(quote: QuoteRecord): z.infer<typeof suiteQuote> {
  return {
    id: quote.seq,
    quote_number: quote.number ?? `QUO-${quote.createdAt.getUTCFullYear()}-${String(quote.seq).padStart(3, "0")}`,
    customer_id: quote.customer.seq,
    valid_until: dateOut(quote.validUntil),
    subtotal: moneyOut(quote.subtotal),
    tax: moneyOut(quote.taxTotal),
    amount: moneyOut(quote.amount),
    status: quote.status,
    notes: quote.notes,
    invoice_id: quote.invoice?.seq ?? null,
    invoice_number: quote.invoice?.number ?? null,
    items: quote.items.map(toSuiteItem),
    created_at: quote.createdAt.toISOString(),
    updated_at: quote.updatedAt.toISOString(),
  };
}

export const quoteStatusIn = z.enum(QUOTE_STATUSES, { error: `Status must be one of: ${QUOTE_STATUSES.join(", ")}` });

export const suiteQuoteFields = z.object({
  customer_id: suiteRefId("Customer"),
  valid_until: dateIn("Valid until").nullable().optional(),
  items: suiteItemsIn,
  notes: z.string().max(5000).nullable().optional(),
  status: quoteStatusIn.optional(),
});
