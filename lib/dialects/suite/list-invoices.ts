import { z } from "zod";
import { listInvoices } from "@/lib/crm/billing/list-invoices";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { invoiceStatusWord, statusFromWord, suiteInvoice, toSuiteInvoice } from "./invoice-shape";
import { listEnvelope, pageFields, toPageMeta } from "./paging";
import { dateIn, suiteRefId } from "./wire-values";

export const listSuiteInvoices = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/invoices",
  summary: "List all invoices",
  description: "By id. `status` is Paid, Unpaid or Partially Paid (case-insensitive); `date_from`/`date_to` bound the invoice date, inclusive.",
  auth: "tenant",
  scope: "read:billing",
  query: z.object({
    ...pageFields,
    status: invoiceStatusWord.optional(),
    customer_id: suiteRefId("Customer").optional(),
    date_from: dateIn("Date from").optional(),
    date_to: dateIn("Date to").optional(),
  }),
  response: listEnvelope(suiteInvoice),
  async handler({ ctx, query }) {
    const page = await listInvoices(ctx, {
      page: query.page,
      limit: query.limit,
      status: query.status ? statusFromWord(query.status) : undefined,
      customerSeq: query.customer_id,
      dateFrom: query.date_from,
      dateTo: query.date_to,
    });
    return { success: true as const, data: page.invoices.map(toSuiteInvoice), meta: toPageMeta(query.page, query.limit, page.total) };
  },
});
