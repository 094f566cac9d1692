import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";
import { productRecordSelect, type ProductKey, type ProductRecord } from "./product-record";

/** One product of the tenant, archived ones included (invoices still name them). */
export async function getProduct(ctx: CrmContext, key: ProductKey): Promise<ProductRecord> {
  if ("id" in key && !isUuid(key.id)) throw new NotFound("Product");
  const db = await getDb();
  const product = await db.product.findFirst({ where: { tenantId: ctx.tenantId, ...key }, select: productRecordSelect });
  if (!product) throw new NotFound("Product");
  return product;
}
