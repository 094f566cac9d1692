import { z } from "zod";
import { getQuote } from "@/lib/crm/billing/get-quote";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { itemEnvelope } from "./paging";
import { suiteQuote, toSuiteQuote } from "./quote-shape";
import { suiteIdParam } from "./suite-id";

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
