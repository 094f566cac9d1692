import { z } from "zod";
import { updateTransaction } from "@/lib/crm/billing/transactions";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { itemEnvelope } from "./paging";
import { suiteIdParam } from "./suite-id";
import { suiteTransactionFields, toTransactionFields } from "./transaction-fields";
import { suiteTransaction, toSuiteTransaction } from "./transaction-shape";

export const updateSuiteTransaction = defineEndpoint({
  dialect: suite,
  method: "PUT",
  path: "/api/v2/transactions/{id}",
  summary: "Update transaction",
  description:
    "Changes the fields given. A payment keeps its type (409); changing its amount updates its invoice's paid amount and status, and is refused (400 on `amount`) if it would overpay.",
  auth: "tenant",
  scope: "write:billing",
  conflict: "The transaction is an invoice payment and its type cannot change.",
  params: z.object({ id: suiteIdParam }),
  body: suiteTransactionFields.partial(),
  response: itemEnvelope(suiteTransaction),
  async handler({ ctx, params, body }) {
    return { success: true as const, data: toSuiteTransaction(await updateTransaction(ctx, params.id, toTransactionFields(body))) };
  },
});
