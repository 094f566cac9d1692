import { z } from "zod";
import { updateInvoice } from "@/lib/crm/billing/update-invoice";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { suiteInvoice, suiteInvoiceFields, toItemInputs, toSuiteInvoice } from "./invoice-shape";
import { itemEnvelope } from "./paging";
import { suiteIdParam } from "./suite-id";

export const updateSuiteInvoice = defineEndpoint({
  dialect: suite,
  method: "PUT",
  path: "/api/v2/invoices/{id}",
  summary: "Update invoice",
  description:
    "Changes the fields given. `items` replaces all items (and the amount) and `customer_id` moves the invoice, only while nothing is paid (409 after). Dates and notes can always change; the invoice number never does.",
  auth: "tenant",
  scope: "write:billing",
  conflict: "The invoice has payments (items and customer can no longer change) or is cancelled.",
  params: z.object({ id: suiteIdParam }),
  body: suiteInvoiceFields.partial(),
  response: itemEnvelope(suiteInvoice),
  async handler({ ctx, params, body }) {
    const invoice = await updateInvoice(
      ctx,
      { seq: params.id },
      {
        customer: body.customer_id === undefined ? undefined : { seq: body.customer_id },
        issueDate: body.date,
        dueDate: body.due_date,
        items: body.items === undefined ? undefined : toItemInputs(body.items),
        notes: body.notes,
      },
    );
    return { success: true as const, data: toSuiteInvoice(invoice) };
  },
});
