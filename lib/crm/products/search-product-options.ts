import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";

export interface ProductChoice {
  id: string;
  name: string;
  sku: string | null;
  /** Exact decimal strings ("99.99", "20.00"), safe to ship to the browser. */
  price: string;
  taxRate: string;
}

/** A few active products whose name or SKU contains `term`, for the line items' product picker. */
export async function searchProductOptions(ctx: CrmContext, term: string, limit = 10): Promise<ProductChoice[]> {
  const db = await getDb();
  const text = term.trim().slice(0, 100);
  const rows = await db.product.findMany({
    where: {
      tenantId: ctx.tenantId,
      active: true,
      ...(text ? { OR: [{ name: { contains: text, mode: "insensitive" } }, { sku: { contains: text, mode: "insensitive" } }] } : {}),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, name: true, sku: true, price: true, taxRate: true },
  });
  return rows.map((row) => ({ ...row, price: row.price.toFixed(2), taxRate: row.taxRate.toFixed(2) }));
}
