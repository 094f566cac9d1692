import { getDb } from "@/lib/db/client";
import { assertMayManageMoney } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";
import type { ProductKey } from "./product-record";

export interface DeletedProduct {
  id: string;
  seq: number;
  /** true: orders, invoices or quotes name it, so it was archived, not removed. */
  archived: boolean;
}

/**
 * Removes a product nothing refers to; one named by an order, invoice or quote
 * is archived instead (hidden from lists and new documents, history intact).
 */
export async function deleteProduct(ctx: CrmContext, key: ProductKey): Promise<DeletedProduct> {
  assertMayManageMoney(ctx);
  if ("id" in key && !isUuid(key.id)) throw new NotFound("Product");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const product = await tx.product.findFirst({
      where: { tenantId: ctx.tenantId, ...key },
      select: { id: true, seq: true, _count: { select: { orders: true, invoiceItems: true, quoteItems: true } } },
    });
    if (!product) throw new NotFound("Product");
    const counts = product._count;
    const referenced = counts.orders + counts.invoiceItems + counts.quoteItems > 0;
    if (referenced) await tx.product.update({ where: { id: product.id }, data: { active: false } });
    else await tx.product.delete({ where: { id: product.id } });
    await recordAudit(tx, ctx, { action: referenced ? "product.archived" : "product.deleted", entityType: "product", entityId: product.id });
    return { id: product.id, seq: product.seq, archived: referenced };
  });
}
