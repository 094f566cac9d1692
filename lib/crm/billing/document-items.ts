import type { Prisma } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { ValidationFailed, type FieldError } from "../errors";
import { isUuid } from "../uuid";
import type { ProductKey } from "../products/product-record";
import { documentTotals, toScaled, type DecimalLike } from "./invoice-totals";

/** One item of an invoice or quote as callers give it. */
export interface DocumentItemInput {
  /** Defaults to the product's name. */
  description?: string | null;
  /** Unit amount; defaults to the product's price. */
  amount?: DecimalLike | null;
  qty: DecimalLike;
  product?: ProductKey | null;
  /** Internal copies only (quote → invoice keep the quoted rate); otherwise the product's rate. */
  taxRate?: DecimalLike;
}

/** Items ready to store, with their totals. */
export interface ResolvedItems {
  rows: { position: number; productId: string | null; description: string; amount: string; qty: string; taxRate: string; lineTotal: string }[];
  subtotal: string;
  taxTotal: string;
  total: string;
}

/**
 * Resolves products (the tenant's, not archived), fills defaults from them and
 * computes the totals with the one exact rule (invoice-totals). Field errors
 * name the item: `items.2.product_id`.
 */
export async function resolveDocumentItems(tx: Prisma.TransactionClient, ctx: CrmContext, items: readonly DocumentItemInput[]): Promise<ResolvedItems> {
  const problems: FieldError[] = [];
  if (items.length === 0) throw new ValidationFailed([{ field: "items", message: "At least one item is required" }]);
  const seqs = items.flatMap((item) => (item.product && "seq" in item.product ? [item.product.seq] : []));
  const ids = items.flatMap((item) => (item.product && "id" in item.product && isUuid(item.product.id) ? [item.product.id] : []));
  const products =
    seqs.length + ids.length > 0
      ? await tx.product.findMany({
          where: { tenantId: ctx.tenantId, OR: [{ seq: { in: seqs } }, { id: { in: ids } }] },
          select: { id: true, seq: true, name: true, price: true, taxRate: true, active: true },
        })
      : [];
  const lines = items.map((item, index) => {
    const product = item.product ? products.find((p) => ("seq" in item.product! ? p.seq === item.product!.seq : p.id === item.product!.id)) : undefined;
    const missingProduct = Boolean(item.product && !product);
    if (missingProduct) problems.push({ field: `items.${index}.product_id`, message: "Product not found" });
    else if (product && !product.active && item.taxRate === undefined) problems.push({ field: `items.${index}.product_id`, message: "Product is archived" });
    const description = item.description?.trim() || product?.name || "";
    if (!description && !missingProduct) problems.push({ field: `items.${index}.description`, message: "Description is required" });
    const amount = item.amount ?? product?.price.toFixed(2) ?? null;
    if (amount === null) {
      if (!missingProduct) problems.push({ field: `items.${index}.amount`, message: "Amount is required" });
    } else if (toScaled(amount, 2) === null || toScaled(amount, 2)! < 0n)
      problems.push({ field: `items.${index}.amount`, message: "Amount must be 0 or greater" });
    const qty = toScaled(item.qty, 3);
    if (qty === null || qty <= 0n) problems.push({ field: `items.${index}.qty`, message: "Quantity must be greater than 0" });
    const taxRate = item.taxRate ?? product?.taxRate.toFixed(2) ?? "0";
    return { productId: product?.id ?? null, description, amount: String(amount ?? "0"), qty: String(item.qty), taxRate: String(taxRate) };
  });
  if (problems.length > 0) throw new ValidationFailed(problems);
  const totals = documentTotals(lines);
  return {
    rows: lines.map((line, position) => ({ ...line, position, lineTotal: totals.lines[position]!.lineTotal })),
    subtotal: totals.subtotal,
    taxTotal: totals.taxTotal,
    total: totals.total,
  };
}
