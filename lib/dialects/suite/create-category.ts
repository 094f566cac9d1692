import { z } from "zod";
import { createCategory } from "@/lib/crm/billing/create-category";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suiteCategory, toSuiteCategory } from "./category-shape";
import { suite } from "./dialect";
import { itemEnvelope } from "./paging";
import { toTransactionType, transactionTypeWord } from "./transaction-fields";

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
