import { createInvoice } from "@/lib/crm/billing/create-invoice";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { suiteInvoice, suiteInvoiceFields, toItemInputs, toSuiteInvoice } from "./invoice-shape";
import { itemEnvelope } from "./paging";

export const createSuiteInvoice = defineEndpoint({
  dialect: suite,
  method: "POST",
  path: "/api/v2/invoices",
  summary: "Create invoice",
  description:
    "201. `invoice_number` is INV-<year of `date`>-<NNN>, sequential per workspace and year with no gaps or repeats, also under concurrent creation. `amount` = Σ amount × qty, plus tax for items with a `product_id` whose product has a `tax_rate` (per line, rounded half-up to the cent), computed in exact decimals. `date` defaults to today (UTC); `qty` to 1; an item with `product_id` may omit description and amount (the product's name and price). Records `invoice.created`.",
  auth: "tenant",
  scope: "write:billing",
  body: suiteInvoiceFields,
  response: itemEnvelope(suiteInvoice),
  status: 201,
  async handler({ ctx, body }) {
    const invoice = await createInvoice(ctx, {
      customer: { seq: body.customer_id },
      issueDate: body.date,
      dueDate: body.due_date,
      items: toItemInputs(body.items),
      notes: body.notes,
    });
    return { success: true as const, data: toSuiteInvoice(invoice) };
  },
});
