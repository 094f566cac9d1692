import { z } from "zod";
import { listProducts } from "@/lib/crm/products/list-products";
import type { ProductRecord } from "@/lib/crm/products/product-record";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";

const crmProduct = z.object({
  id: z.uuid().describe("The `product_id` to order"),
  name: z.string(),
  description: z.string().nullable(),
  type: z.enum(["product", "service"]),
  price: z.string().describe("Unit price, exact decimal"),
  tax_rate: z.string().describe('Percent, e.g. "10.00"'),
  sku: z.string().nullable(),
  active: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
});

function toCrmProduct(product: ProductRecord): z.infer<typeof crmProduct> {
  return {
    id: product.id,
    name: product.name,
    description: product.description,
    type: product.type,
    price: product.price.toFixed(2),
    tax_rate: product.taxRate.toFixed(2),
    sku: product.sku,
    active: product.active,
    created_at: product.createdAt.toISOString(),
    updated_at: product.updatedAt.toISOString(),
  };
}

export const listCrmProducts = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/products",
  summary: "List products",
  description:
    "The products an order can name (`product_id`), oldest first. Not in the seed: added so an integrator can find product UUIDs. Products are few, so this list has numbered pages (`page`, `limit` ≤ 200, with `total`) rather than a cursor. " +
    "Filters: `search` (name, description or SKU), `type`; archived products (which cannot be ordered) only with `include_archived=true`. Products are managed in the suite API (`/api/v2/products`) and the pages.",
  auth: "tenant",
  scope: "read:customers",
  query: z.object({
    search: z.string().max(200).optional(),
    type: z.enum(["product", "service"]).optional(),
    include_archived: z.enum(["true", "false"]).optional(),
    page: z.coerce.number().int().min(1).max(1_000_000).default(1),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  }),
  response: z.object({
    data: z.array(crmProduct),
    pagination: z.object({ page: z.number().int(), limit: z.number().int(), total: z.number().int() }),
  }),
  async handler({ ctx, query }) {
    const page = await listProducts(ctx, {
      page: query.page,
      limit: query.limit,
      search: query.search,
      type: query.type,
      includeArchived: query.include_archived === "true",
    });
    return { data: page.products.map(toCrmProduct), pagination: { page: query.page, limit: query.limit, total: page.total } };
  },
});
