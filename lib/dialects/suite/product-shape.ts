import { z } from "zod";
import type { ProductRecord } from "@/lib/crm/products/product-record";
import { decimalIn, moneyIn, moneyOut } from "./wire-values";

/** A product as /api/v2 shows it: integer id, money as exact numbers. */
export const suiteProduct = z.object({
  id: z.number().int(),
  name: z.string(),
  price: z.number(),
  description: z.string().nullable(),
  type: z.enum(["product", "service"]),
  tax_rate: z.number(),
  sku: z.string().nullable(),
  archived: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
});

export function toSuiteProduct(product: ProductRecord): z.infer<typeof suiteProduct> {
  return {
    id: product.seq,
    name: product.name,
    price: moneyOut(product.price),
    description: product.description,
    type: product.type,
    tax_rate: moneyOut(product.taxRate),
    sku: product.sku,
    archived: !product.active,
    created_at: product.createdAt.toISOString(),
    updated_at: product.updatedAt.toISOString(),
  };
}

const productType = z.enum(["product", "service"], { error: "Type must be product or service" });

/** The seed's product fields; all optional for updates. */
export const suiteProductFields = z.object({
  name: z.string({ error: "Name is required" }).trim().min(1, "Name is required").max(200),
  price: moneyIn({ min: "non_negative", message: "Price must be 0 or greater", field: "Price" }),
  description: z.string().max(5000).nullable().optional(),
  type: productType.optional(),
  tax_rate: decimalIn("Tax rate", 2, 0, 100).optional(),
  sku: z.string().max(100).nullable().optional(),
});
