"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { createInvoice } from "@/lib/crm/billing/create-invoice";
import { invoiceForm, toDocumentItems, type InvoiceFormValues } from "@/lib/crm/billing/document-form";
import { getInvoice } from "@/lib/crm/billing/get-invoice";
import { addMoney } from "@/lib/crm/billing/invoice-totals";
import { paymentForm, type PaymentFormValues } from "@/lib/crm/billing/payment-form";
import { recordPayment } from "@/lib/crm/billing/record-payment";
import { updateInvoice } from "@/lib/crm/billing/update-invoice";
import { runAction, type ActionResult } from "@/lib/http/action-result";

// Each action parses its input again with the form's own schema: the browser's validation is a courtesy.

export async function createInvoiceAction(input: InvoiceFormValues): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const { ctx } = await requireUser();
    const values = invoiceForm.parse(input);
    const invoice = await createInvoice(ctx, {
      customer: { id: values.customerId },
      issueDate: values.issueDate,
      dueDate: values.dueDate || null,
      items: toDocumentItems(values.items),
      notes: values.notes || null,
    });
    revalidatePath("/invoices");
    return { id: invoice.id };
  });
}

/** Dates and notes always; items and customer only while nothing is paid (the domain refuses otherwise). */
export async function updateInvoiceAction(id: string, input: InvoiceFormValues): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const { ctx } = await requireUser();
    const key = { id: z.uuid().parse(id) };
    const values = invoiceForm.parse(input);
    const current = await getInvoice(ctx, key);
    const paid = current.amountPaid.greaterThan(0);
    await updateInvoice(ctx, key, {
      issueDate: values.issueDate,
      dueDate: values.dueDate || null,
      notes: values.notes || null,
      ...(paid ? {} : { customer: { id: values.customerId }, items: toDocumentItems(values.items) }),
    });
    revalidatePath("/invoices");
    revalidatePath(`/invoices/${id}`);
    return { id };
  });
}

export async function recordPaymentAction(id: string, input: PaymentFormValues): Promise<ActionResult<{ status: string; balance: string }>> {
  return runAction(async () => {
    const { ctx } = await requireUser();
    const values = paymentForm.parse(input);
    const { invoice } = await recordPayment(
      ctx,
      { id: z.uuid().parse(id) },
      { amount: values.amount, date: values.date, method: values.method, reference: values.reference || null },
    );
    revalidatePath("/invoices");
    revalidatePath(`/invoices/${id}`);
    return { status: invoice.status, balance: addMoney(invoice.amount.toFixed(2), invoice.amountPaid.toFixed(2), -1) };
  });
}
