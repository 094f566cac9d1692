import { z } from "zod";
import { getInvoice } from "@/lib/crm/billing/get-invoice";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { suiteInvoice, toSuiteInvoice } from "./invoice-shape";
import { itemEnvelope } from "./paging";
import { suiteIdParam } from "./suite-id";

export const getSuiteInvoice = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/invoices/{id}",
  summary: "Get invoice",
  auth: "tenant",
  scope: "read:billing",
  params: z.object({ id: suiteIdParam }),
  response: itemEnvelope(suiteInvoice),
  async handler({ ctx, params }) {
    return { success: true as const, data: toSuiteInvoice(await getInvoice(ctx, { seq: params.id })) };
  },
});
