import { z } from "zod";
import { recordPayment } from "@/lib/crm/billing/record-payment";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { suiteInvoice, toSuiteInvoice } from "./invoice-shape";
import { suiteIdParam } from "./suite-id";
import { suiteTransaction, toSuiteTransaction } from "./transaction-shape";
import { dateIn, moneyIn, suiteRefId } from "./wire-values";

export const recordSuitePayment = defineEndpoint({
  dialect: suite,
  method: "POST",
  path: "/api/v2/invoices/{id}/payments",
  summary: "Record payment",
  description:
    "201. Books an Income transaction linked to the invoice (`account_id` defaults to 1, `date` to today) and moves the invoice to Partially Paid or Paid. More than the balance due is refused with a field error on `amount`. Records `payment.received`. Answers the payment (a transaction) and the invoice after it.",
  auth: "tenant",
  scope: "write:billing",
  conflict: "The invoice is cancelled.",
  params: z.object({ id: suiteIdParam }),
  body: z.object({
    amount: moneyIn({ min: "positive", message: "Amount must be greater than 0" }),
    date: dateIn("Date").optional(),
    account_id: suiteRefId("Account").optional(),
    category_id: suiteRefId("Category").nullable().optional(),
    method: z.string().trim().max(50).optional(),
    reference: z.string().trim().max(200).optional(),
  }),
  response: z.object({ success: z.literal(true), data: z.object({ payment: suiteTransaction, invoice: suiteInvoice }) }),
  status: 201,
  async handler({ ctx, params, body }) {
    const result = await recordPayment(
      ctx,
      { seq: params.id },
      {
        amount: body.amount,
        date: body.date,
        accountSeq: body.account_id,
        categorySeq: body.category_id,
        method: body.method,
        reference: body.reference,
      },
    );
    return { success: true as const, data: { payment: toSuiteTransaction(result.payment), invoice: toSuiteInvoice(result.invoice) } };
  },
});
