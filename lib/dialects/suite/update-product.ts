import { z } from "zod";
import { updateProduct } from "@/lib/crm/products/update-product";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { itemEnvelope } from "./paging";
import { suiteProduct, suiteProductFields, toSuiteProduct } from "./product-shape";
import { suiteIdParam } from "./suite-id";

export const updateSuiteProduct = defineEndpoint({
  dialect: suite,
  method: "PUT",
  path: "/api/v2/products/{id}",
  summary: "Update product",
  description:
    "Changes the fields given (others stay). Existing invoices keep the price and tax rate they were written with. `archived: false` restores an archived product.",
  auth: "tenant",
  scope: "write:billing",
  params: z.object({ id: suiteIdParam }),
  body: suiteProductFields.partial().extend({ archived: z.boolean().optional() }),
  response: itemEnvelope(suiteProduct),
  async handler({ ctx, params, body }) {
    const product = await updateProduct(
      ctx,
      { seq: params.id },
      {
        name: body.name,
        price: body.price,
        description: body.description,
        type: body.type,
        taxRate: body.tax_rate,
        sku: body.sku,
        active: body.archived === undefined ? undefined : !body.archived,
      },
    );
    return { success: true as const, data: toSuiteProduct(product) };
  },
});
