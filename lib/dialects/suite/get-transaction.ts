import { z } from "zod";
import { getTransaction } from "@/lib/crm/billing/transactions";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { itemEnvelope } from "./paging";
import { suiteIdParam } from "./suite-id";
import { suiteTransaction, toSuiteTransaction } from "./transaction-shape";

export const getSuiteTransaction = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/transactions/{id}",
  summary: "Get transaction",
  auth: "tenant",
  scope: "read:billing",
  params: z.object({ id: suiteIdParam }),
  response: itemEnvelope(suiteTransaction),
  async handler({ ctx, params }) {
    return { success: true as const, data: toSuiteTransaction(await getTransaction(ctx, params.id)) };
  },
});
