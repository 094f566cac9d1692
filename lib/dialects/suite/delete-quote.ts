import { z } from "zod";
import { deleteQuote } from "@/lib/crm/billing/delete-quote";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { suiteIdParam } from "./suite-id";

export const deleteSuiteQuote = defineEndpoint({
  dialect: suite,
  method: "DELETE",
  path: "/api/v2/quotes/{id}",
  summary: "Delete quote",
  description: "200; a converted quote stays with its invoice (409).",
  conflict: "The quote was converted; it stays with its invoice.",
  auth: "tenant",
  scope: "write:billing",
  params: z.object({ id: suiteIdParam }),
  response: z.object({ success: z.literal(true), message: z.string(), data: z.object({ id: z.number().int() }) }),
  async handler({ ctx, params }) {
    await deleteQuote(ctx, params.id);
    return { success: true as const, message: "Quote deleted", data: { id: params.id } };
  },
});
