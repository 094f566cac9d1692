"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { convertQuote } from "@/lib/crm/billing/convert-quote";
import { quoteForm, toDocumentItems, type QuoteFormValues } from "@/lib/crm/billing/document-form";
import { moveQuote } from "@/lib/crm/billing/move-quote";
import { createQuote } from "@/lib/crm/billing/create-quote";
import { updateQuote } from "@/lib/crm/billing/update-quote";
import { runAction, type ActionResult } from "@/lib/http/action-result";

const quoteNumber = z.coerce.number().int().positive();

// Each action parses its input again with the form's schema; the domain decides who may (reps: their customers).

export async function createQuoteAction(input: QuoteFormValues): Promise<ActionResult<{ seq: number }>> {
  return runAction(async () => {
    const { ctx } = await requireUser();
    const values = quoteForm.parse(input);
    const quote = await createQuote(ctx, {
      customer: { id: values.customerId },
      validUntil: values.validUntil || null,
      items: toDocumentItems(values.items),
      notes: values.notes || null,
    });
    revalidatePath("/quotes");
    return { seq: quote.seq };
  });
}

export async function updateQuoteAction(seq: number, input: QuoteFormValues): Promise<ActionResult<{ seq: number }>> {
  return runAction(async () => {
    const { ctx } = await requireUser();
    const values = quoteForm.parse(input);
    const quote = await updateQuote(ctx, quoteNumber.parse(seq), {
      customer: { id: values.customerId },
      validUntil: values.validUntil || null,
      items: toDocumentItems(values.items),
      notes: values.notes || null,
    });
    revalidatePath("/quotes");
    revalidatePath(`/quotes/${quote.seq}`);
    return { seq: quote.seq };
  });
}

export async function moveQuoteAction(seq: number, move: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    const { ctx } = await requireUser();
    await moveQuote(ctx, quoteNumber.parse(seq), z.enum(["send", "accept", "decline"]).parse(move));
    revalidatePath("/quotes");
    revalidatePath(`/quotes/${seq}`);
    return null;
  });
}

/** Converts once; a second try answers the domain's Conflict naming the invoice. */
export async function convertQuoteAction(seq: number): Promise<ActionResult<{ invoiceId: string; number: string }>> {
  return runAction(async () => {
    const { ctx } = await requireUser();
    const { invoice } = await convertQuote(ctx, quoteNumber.parse(seq));
    revalidatePath("/quotes");
    revalidatePath(`/quotes/${seq}`);
    revalidatePath("/invoices");
    return { invoiceId: invoice.id, number: invoice.number };
  });
}
