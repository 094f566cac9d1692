import { z } from "zod";
import { updateQuote } from "@/lib/crm/billing/update-quote";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { toItemInputs } from "./invoice-shape";
import { itemEnvelope } from "./paging";
import { suiteQuote, suiteQuoteFields, toSuiteQuote } from "./quote-shape";
import { suiteIdParam } from "./suite-id";

export const updateSuiteQuote = defineEndpoint({
  dialect: suite,
  method: "PUT",
  path: "/api/v2/quotes/{id}",
  summary: "Update quote",
  description: "Changes the fields given (`items` replaces all items). A converted quote is final: 409.",
  conflict: "The quote was converted and is final.",
  auth: "tenant",
  scope: "write:billing",
  params: z.object({ id: suiteIdParam }),
  body: suiteQuoteFields.partial(),
  response: itemEnvelope(suiteQuote),
  async handler({ ctx, params, body }) {
    const quote = await updateQuote(ctx, params.id, {
      customer: body.customer_id === undefined ? undefined : { seq: body.customer_id },
      validUntil: body.valid_until,
      items: body.items === undefined ? undefined : toItemInputs(body.items),
      notes: body.notes,
      status: body.status,
    });
    return { success: true as const, data: toSuiteQuote(quote) };
  },
});
