import { viaPrisma, type Queryable, type RunSql } from "@/lib/db/direct-sql";
import { Prisma } from "@/lib/db/generated/client";
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

/** A product as item resolution needs it (money as exact decimal text). */
export interface ItemProduct {
  id: string;
  seq: number;
  name: string;
  price: string;
  taxRate: string;
  active: boolean;
}

/** The product keys items name, split by kind (a malformed UUID names nothing). */
export function itemProductKeys(items: readonly DocumentItemInput[]): { seqs: number[]; ids: string[] } {
  const seqs = items.flatMap((item) => (item.product && "seq" in item.product ? [item.product.seq] : []));
  const ids = items.flatMap((item) => (item.product && "id" in item.product && isUuid(item.product.id) ? [item.product.id] : []));
  return { seqs, ids };
}

/** resolveItemsWith after reading the products the items name (findItemProducts). */
export async function resolveDocumentItems(db: Queryable, ctx: CrmContext, items: readonly DocumentItemInput[]): Promise<ResolvedItems> {
  if (items.length === 0) throw new ValidationFailed([NO_ITEMS]);
  return resolveItemsWith(items, await findItemProducts(viaPrisma(db), ctx, items));
}

/** The tenant's products the items name (archived ones too: resolveItemsWith decides), in one query; none asked, no query. */
export async function findItemProducts(sql: RunSql, ctx: CrmContext, items: readonly DocumentItemInput[]): Promise<ItemProduct[]> {
  const { seqs, ids } = itemProductKeys(items);
  if (seqs.length + ids.length === 0) return [];
  return sql<ItemProduct>(Prisma.sql`
    SELECT "id"::text, "seq", "name", "price"::text AS "price", "taxRate"::text AS "taxRate", "active" FROM "Product"
    WHERE "tenantId" = ${ctx.tenantId}::uuid AND ("seq" = ANY(${`{${seqs.join(",")}}`}::int[]) OR "id" = ANY(${`{${ids.join(",")}}`}::uuid[]))`);
}

const NO_ITEMS: FieldError = { field: "items", message: "At least one item is required" };

/**
 * Resolves items against the tenant's `products` (those they name, read by the
 * caller), fills defaults from them and computes the totals with the one exact
 * rule (invoice-totals). Archived products are refused. Field errors name the
 * item: `items.2.product_id`.
 */
export function resolveItemsWith(items: readonly DocumentItemInput[], products: readonly ItemProduct[]): ResolvedItems {
  const problems: FieldError[] = [];
  if (items.length === 0) throw new ValidationFailed([NO_ITEMS]);
  const lines = items.map((item, index) => {
    const product = item.product ? products.find((p) => ("seq" in item.product! ? p.seq === item.product!.seq : p.id === item.product!.id)) : undefined;
    const missingProduct = Boolean(item.product && !product);
    if (missingProduct) problems.push({ field: `items.${index}.product_id`, message: "Product not found" });
    else if (product && !product.active && item.taxRate === undefined) problems.push({ field: `items.${index}.product_id`, message: "Product is archived" });
    const description = item.description?.trim() || product?.name || "";
    if (!description && !missingProduct) problems.push({ field: `items.${index}.description`, message: "Description is required" });
    const amount = item.amount ?? product?.price ?? null;
    if (amount === null) {
      if (!missingProduct) problems.push({ field: `items.${index}.amount`, message: "Amount is required" });
    } else if (toScaled(amount, 2) === null || toScaled(amount, 2)! < 0n)
      problems.push({ field: `items.${index}.amount`, message: "Amount must be 0 or greater" });
    const qty = toScaled(item.qty, 3);
    if (qty === null || qty <= 0n) problems.push({ field: `items.${index}.qty`, message: "Quantity must be greater than 0" });
    const taxRate = item.taxRate ?? product?.taxRate ?? "0";
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
