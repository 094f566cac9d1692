import { z } from "zod";
import { listCategories } from "@/lib/crm/billing/list-categories";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suiteCategory, toSuiteCategory } from "./category-shape";
import { suite } from "./dialect";
import { listEnvelope, pageFields, toPageMeta } from "./paging";
import { toTransactionType, transactionTypeWord } from "./transaction-fields";

export const listSuiteCategories = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/categories",
  summary: "List categories",
  description: "Every workspace starts with 1 Sales and 2 Services (Income), 3 Operating expenses and 4 Salaries (Expense).",
  auth: "tenant",
  scope: "read:billing",
  query: z.object({ ...pageFields, type: transactionTypeWord.optional() }),
  response: listEnvelope(suiteCategory),
  async handler({ ctx, query }) {
    const page = await listCategories(ctx, { page: query.page, limit: query.limit, type: query.type ? toTransactionType(query.type) : undefined });
    return { success: true as const, data: page.categories.map(toSuiteCategory), meta: toPageMeta(query.page, query.limit, page.total) };
  },
});
