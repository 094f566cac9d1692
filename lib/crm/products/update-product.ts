import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertMayManageMoney } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";
import { assertProductFields, type ProductFields } from "./product-input";
import { productRecordSelect, type ProductKey, type ProductRecord } from "./product-record";

/**
 * Changes only the fields given. Invoices and quotes keep the price and tax
 * rate their items were written with; a change applies to new documents.
 */
export async function updateProduct(ctx: CrmContext, key: ProductKey, changes: ProductFields): Promise<ProductRecord> {
  assertMayManageMoney(ctx);
  if ("id" in key && !isUuid(key.id)) throw new NotFound("Product");
  assertProductFields(changes);
  const data: Prisma.ProductUpdateInput = {};
  if (changes.name !== undefined) data.name = changes.name.trim();
  if (changes.description !== undefined) data.description = changes.description?.trim() || null;
  if (changes.type !== undefined) data.type = changes.type;
  if (changes.price !== undefined) data.price = String(changes.price);
  if (changes.taxRate !== undefined) data.taxRate = String(changes.taxRate);
  if (changes.sku !== undefined) data.sku = changes.sku?.trim() || null;
  if (changes.active !== undefined) data.active = changes.active;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const existing = await tx.product.findFirst({ where: { tenantId: ctx.tenantId, ...key }, select: { id: true } });
    if (!existing) throw new NotFound("Product");
    const product = await tx.product.update({ where: { id: existing.id }, data, select: productRecordSelect });
    await recordAudit(tx, ctx, { action: "product.updated", entityType: "product", entityId: product.id, data: { fields: Object.keys(data) } });
    return product;
  });
}
