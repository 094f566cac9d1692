import { z } from "zod";
import { listQuotes } from "@/lib/crm/billing/list-quotes";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { listEnvelope, pageFields, toPageMeta } from "./paging";
import { quoteStatusIn, suiteQuote, toSuiteQuote } from "./quote-shape";
import { suiteRefId } from "./wire-values";

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
