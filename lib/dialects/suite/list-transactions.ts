import { z } from "zod";
import { listTransactions } from "@/lib/crm/billing/transactions";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { listEnvelope, pageFields, toPageMeta } from "./paging";
import { toTransactionType, transactionTypeWord } from "./transaction-fields";
import { suiteTransaction, toSuiteTransaction } from "./transaction-shape";
import { dateIn, suiteRefId } from "./wire-values";

export const listSuiteTransactions = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/transactions",
  summary: "List transactions",
  description:
    "By id. `type` Income or Expense (case-insensitive); `date_from`/`date_to` inclusive. Payments on invoices are Income transactions with `invoice_id`.",
  auth: "tenant",
  scope: "read:billing",
  query: z.object({
    ...pageFields,
    type: transactionTypeWord.optional(),
    account_id: suiteRefId("Account").optional(),
    category_id: suiteRefId("Category").optional(),
    date_from: dateIn("Date from").optional(),
    date_to: dateIn("Date to").optional(),
  }),
  response: listEnvelope(suiteTransaction),
  async handler({ ctx, query }) {
    const page = await listTransactions(ctx, {
      page: query.page,
      limit: query.limit,
      type: query.type ? toTransactionType(query.type) : undefined,
      accountSeq: query.account_id,
      categorySeq: query.category_id,
      dateFrom: query.date_from,
      dateTo: query.date_to,
    });
    return { success: true as const, data: page.transactions.map(toSuiteTransaction), meta: toPageMeta(query.page, query.limit, page.total) };
  },
});
