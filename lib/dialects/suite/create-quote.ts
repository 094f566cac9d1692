import { createQuote } from "@/lib/crm/billing/create-quote";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { toItemInputs } from "./invoice-shape";
import { itemEnvelope } from "./paging";
import { suiteQuote, suiteQuoteFields, toSuiteQuote } from "./quote-shape";

export const createSuiteQuote = defineEndpoint({
  dialect: suite,
  method: "POST",
  path: "/api/v2/quotes",
  summary: "Create quote",
  description:
    "201. `quote_number` QUO-<year>-<NNN>, sequential per workspace and year; items and totals as for invoices; `status` draft (default), sent, accepted, declined or expired.",
  auth: "tenant",
  scope: "write:billing",
  body: suiteQuoteFields,
  response: itemEnvelope(suiteQuote),
  status: 201,
  async handler({ ctx, body }) {
    const quote = await createQuote(ctx, {
      customer: { seq: body.customer_id },
      validUntil: body.valid_until,
      items: toItemInputs(body.items),
      notes: body.notes,
      status: body.status,
    });
    return { success: true as const, data: toSuiteQuote(quote) };
  },
});
