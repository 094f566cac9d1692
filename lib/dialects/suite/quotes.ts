import { z } from "zod";
import { convertQuote } from "@/lib/crm/billing/convert-quote";
import { createQuote, deleteQuote, getQuote, listQuotes, updateQuote } from "@/lib/crm/billing/quotes";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { suiteInvoice, toItemInputs, toSuiteInvoice } from "./invoice-shape";
import { itemEnvelope, listEnvelope, pageFields, toPageMeta } from "./paging";
import { quoteStatusIn, suiteQuote, suiteQuoteFields, toSuiteQuote } from "./quote-shape";
import { suiteIdParam } from "./suite-id";
import { dateIn, suiteRefId } from "./wire-values";

export const listSuiteQuotes = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/quotes",
  summary: "List quotes",
  auth: "tenant",
  scope: "read:billing",
  query: z.object({ ...pageFields, status: quoteStatusIn.optional(), customer_id: suiteRefId("Customer").optional() }),
  response: listEnvelope(suiteQuote),
  async handler({ ctx, query }) {
    const page = await listQuotes(ctx, { page: query.page, limit: query.limit, status: query.status, customerSeq: query.customer_id });
    return { success: true as const, data: page.quotes.map(toSuiteQuote), meta: toPageMeta(query.page, query.limit, page.total) };
  },
});

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

export const getSuiteQuote = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/quotes/{id}",
  summary: "Get quote",
  auth: "tenant",
  scope: "read:billing",
  params: z.object({ id: suiteIdParam }),
  response: itemEnvelope(suiteQuote),
  async handler({ ctx, params }) {
    return { success: true as const, data: toSuiteQuote(await getQuote(ctx, params.id)) };
  },
});

export const updateSuiteQuote = defineEndpoint({
  dialect: suite,
  method: "PUT",
  path: "/api/v2/quotes/{id}",
  summary: "Update quote",
  description: "Changes the fields given (`items` replaces all items). A converted quote is final: 409.",
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

export const deleteSuiteQuote = defineEndpoint({
  dialect: suite,
  method: "DELETE",
  path: "/api/v2/quotes/{id}",
  summary: "Delete quote",
  description: "200; a converted quote stays with its invoice (409).",
  auth: "tenant",
  scope: "write:billing",
  params: z.object({ id: suiteIdParam }),
  response: z.object({ success: z.literal(true), message: z.string(), data: z.object({ id: z.number().int() }) }),
  async handler({ ctx, params }) {
    await deleteQuote(ctx, params.id);
    return { success: true as const, message: "Quote deleted", data: { id: params.id } };
  },
});

export const convertSuiteQuote = defineEndpoint({
  dialect: suite,
  method: "POST",
  path: "/api/v2/quotes/{id}/convert",
  summary: "Convert quote to invoice",
  description:
    "201. Creates an invoice (next INV number, dated today) with the quote's items, amounts, quantities and quoted tax rates, and marks the quote accepted. Once only: a second call answers 409 naming the invoice. Declined or expired quotes: 409. Records `invoice.created`.",
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
