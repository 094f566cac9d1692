import { z } from "zod";
import { deleteProduct } from "@/lib/crm/products/delete-product";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { suiteIdParam } from "./suite-id";

export const deleteSuiteProduct = defineEndpoint({
  dialect: suite,
  method: "DELETE",
  path: "/api/v2/products/{id}",
  summary: "Delete product",
  description: "200. A product no order, invoice or quote names is removed; one that is named is archived instead (`archived: true`), so documents keep it.",
  auth: "tenant",
  scope: "write:billing",
  params: z.object({ id: suiteIdParam }),
  response: z.object({ success: z.literal(true), message: z.string(), data: z.object({ id: z.number().int(), archived: z.boolean() }) }),
  async handler({ ctx, params }) {
    const result = await deleteProduct(ctx, { seq: params.id });
    return { success: true as const, message: result.archived ? "Product archived" : "Product deleted", data: { id: result.seq, archived: result.archived } };
  },
});
