import { getDb, type Prisma } from "@/lib/db/client";
import type { ProductType } from "@/lib/db/generated/enums";
import type { CrmContext } from "../context";
import { productRecordSelect, type ProductRecord } from "./product-record";

export interface ProductListQuery {
  page: number;
  limit: number;
  /** Case-insensitive substring of the name, description or SKU. */
  search?: string;
  type?: ProductType;
  /** Archived products are left out unless asked for. */
  includeArchived?: boolean;
}

export interface ProductPage {
  products: ProductRecord[];
  total: number;
}

/** Numbered pages of the tenant's products, oldest first (by their number). */
export async function listProducts(ctx: CrmContext, query: ProductListQuery): Promise<ProductPage> {
  const db = await getDb();
  const where: Prisma.ProductWhereInput = { tenantId: ctx.tenantId };
  if (!query.includeArchived) where.active = true;
  if (query.type) where.type = query.type;
  const term = query.search?.trim();
  if (term) {
    where.OR = [
      { name: { contains: term, mode: "insensitive" } },
      { description: { contains: term, mode: "insensitive" } },
      { sku: { contains: term, mode: "insensitive" } },
    ];
  }
  const [products, total] = await Promise.all([
    db.product.findMany({ where, orderBy: { seq: "asc" }, skip: (query.page - 1) * query.limit, take: query.limit, select: productRecordSelect }),
    db.product.count({ where }),
  ]);
  return { products, total };
}
