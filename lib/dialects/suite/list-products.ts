import { z } from "zod";
import { listProducts } from "@/lib/crm/products/list-products";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { listEnvelope, pageFields, toPageMeta } from "./paging";
import { suiteProduct, toSuiteProduct } from "./product-shape";

export const listSuiteProducts = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/products",
  summary: "List products",
  description: "Active products by id. `include_archived=true` adds products archived by a delete (they stay on the invoices that name them).",
  auth: "tenant",
  scope: "read:billing",
  query: z.object({
    ...pageFields,
    search: z.string().max(200).optional().describe("Matches name, description or SKU"),
    type: z.enum(["product", "service"]).optional(),
    include_archived: z.enum(["true", "false"]).optional(),
  }),
  response: listEnvelope(suiteProduct),
  async handler({ ctx, query }) {
    const page = await listProducts(ctx, {
      page: query.page,
      limit: query.limit,
      search: query.search,
      type: query.type,
      includeArchived: query.include_archived === "true",
    });
    return { success: true as const, data: page.products.map(toSuiteProduct), meta: toPageMeta(query.page, query.limit, page.total) };
  },
});
