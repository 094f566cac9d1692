import { createProduct } from "@/lib/crm/products/create-product";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { itemEnvelope } from "./paging";
import { suiteProduct, suiteProductFields, toSuiteProduct } from "./product-shape";

export const createSuiteProduct = defineEndpoint({
  dialect: suite,
  method: "POST",
  path: "/api/v2/products",
  summary: "Create product",
  description:
    "`price` ≥ 0 with at most 2 decimals; `type` product (default) or service; `tax_rate` a percent 0-100 applied to invoice and quote items that reference the product.",
  auth: "tenant",
  scope: "write:billing",
  body: suiteProductFields,
  response: itemEnvelope(suiteProduct),
  status: 201,
  async handler({ ctx, body }) {
    const product = await createProduct(ctx, {
      name: body.name,
      price: body.price,
      description: body.description,
      type: body.type,
      taxRate: body.tax_rate,
      sku: body.sku,
    });
    return { success: true as const, data: toSuiteProduct(product) };
  },
});
