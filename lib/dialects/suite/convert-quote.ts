import { z } from "zod";
import { convertQuote } from "@/lib/crm/billing/convert-quote";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { suiteInvoice, toSuiteInvoice } from "./invoice-shape";
import { suiteQuote, toSuiteQuote } from "./quote-shape";
import { suiteIdParam } from "./suite-id";
import { dateIn } from "./wire-values";

export const convertSuiteQuote = defineEndpoint({
  dialect: suite,
  method: "POST",
  path: "/api/v2/quotes/{id}/convert",
  summary: "Convert quote to invoice",
  description:
    "201. Creates an invoice (next INV number, dated today) with the quote's items, amounts, quantities and quoted tax rates, and marks the quote accepted. Once only: a second call answers 409 naming the invoice. Declined or expired quotes: 409. Records `invoice.created`.",
  conflict: "The quote was already converted, or is declined or expired.",
  auth: "tenant",
  scope: "write:billing",
  params: z.object({ id: suiteIdParam }),
  body: z.object({ due_date: dateIn("Due date").nullable().optional() }),
  response: z.object({ success: z.literal(true), data: z.object({ quote: suiteQuote, invoice: suiteInvoice }) }),
  status: 201,
  async handler({ ctx, params, body }) {
    const result = await convertQuote(ctx, params.id, { dueDate: body.due_date });
    return { success: true as const, data: { quote: toSuiteQuote(result.quote), invoice: toSuiteInvoice(result.invoice) } };
  },
});
