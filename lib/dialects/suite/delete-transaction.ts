import { z } from "zod";
import { deleteTransaction } from "@/lib/crm/billing/transactions";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { suiteIdParam } from "./suite-id";

export const deleteSuiteTransaction = defineEndpoint({
  dialect: suite,
  method: "DELETE",
  path: "/api/v2/transactions/{id}",
  summary: "Delete transaction",
  description: "200. Deleting a payment reopens its invoice's balance (status back to Partially Paid or Unpaid).",
  auth: "tenant",
  scope: "write:billing",
  params: z.object({ id: suiteIdParam }),
  response: z.object({ success: z.literal(true), message: z.string(), data: z.object({ id: z.number().int() }) }),
  async handler({ ctx, params }) {
    await deleteTransaction(ctx, params.id);
    return { success: true as const, message: "Transaction deleted", data: { id: params.id } };
  },
});
