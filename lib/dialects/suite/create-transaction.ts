import { createTransaction } from "@/lib/crm/billing/transactions";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { itemEnvelope } from "./paging";
import { suiteTransactionFields, toTransactionType } from "./transaction-fields";
import { suiteTransaction, toSuiteTransaction } from "./transaction-shape";

export const createSuiteTransaction = defineEndpoint({
  dialect: suite,
  method: "POST",
  path: "/api/v2/transactions",
  summary: "Record transaction",
  description:
    "201. `amount` > 0 (at most 2 decimals); `type` Income or Expense; `account_id`, `category_id` (and `customer_id`) must be the workspace's. `date` defaults to today (UTC). To pay an invoice use POST /api/v2/invoices/{id}/payments.",
  auth: "tenant",
  scope: "write:billing",
  body: suiteTransactionFields,
  response: itemEnvelope(suiteTransaction),
  status: 201,
  async handler({ ctx, body }) {
    const created = await createTransaction(ctx, {
      type: toTransactionType(body.type),
      accountSeq: body.account_id,
      categorySeq: body.category_id,
      customerSeq: body.customer_id,
      amount: body.amount,
      description: body.description,
      date: body.date,
      reference: body.reference,
      method: body.method,
    });
    return { success: true as const, data: toSuiteTransaction(created) };
  },
});
