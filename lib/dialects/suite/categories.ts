import { z } from "zod";
import { createCategory, listCategories, type CategoryRecord } from "@/lib/crm/billing/categories";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { itemEnvelope, listEnvelope, pageFields, toPageMeta } from "./paging";
import { toTransactionType, transactionTypeWord } from "./transaction-fields";

export const suiteCategory = z.object({ id: z.number().int(), name: z.string(), type: z.enum(["Income", "Expense"]), created_at: z.string() });
const toSuiteCategory = (c: CategoryRecord) => ({
  id: c.seq,
  name: c.name,
  type: c.type === "income" ? ("Income" as const) : ("Expense" as const),
  created_at: c.createdAt.toISOString(),
});

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

export const createSuiteCategory = defineEndpoint({
  dialect: suite,
  method: "POST",
  path: "/api/v2/categories",
  summary: "Create category",
  auth: "tenant",
  scope: "write:billing",
  body: z.object({ name: z.string({ error: "Name is required" }).trim().min(1, "Name is required").max(200), type: transactionTypeWord }),
  response: itemEnvelope(suiteCategory),
  status: 201,
  async handler({ ctx, body }) {
    return { success: true as const, data: toSuiteCategory(await createCategory(ctx, { name: body.name, type: toTransactionType(body.type) })) };
  },
});
