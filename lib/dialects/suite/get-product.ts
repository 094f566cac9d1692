import { z } from "zod";
import { getProduct } from "@/lib/crm/products/get-product";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { itemEnvelope } from "./paging";
import { suiteProduct, toSuiteProduct } from "./product-shape";
import { suiteIdParam } from "./suite-id";

export const getSuiteProduct = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/products/{id}",
  summary: "Get product",
  auth: "tenant",
  scope: "read:billing",
  params: z.object({ id: suiteIdParam }),
  response: itemEnvelope(suiteProduct),
  async handler({ ctx, params }) {
    return { success: true as const, data: toSuiteProduct(await getProduct(ctx, { seq: params.id })) };
  },
});
