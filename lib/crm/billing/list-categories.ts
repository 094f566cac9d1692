import { getDb } from "@/lib/db/client";
import type { TransactionType } from "@/lib/db/generated/enums";
import { assertMaySeeLedger } from "../access/access";
import type { CrmContext } from "../context";
import { categoryRecordSelect, type CategoryRecord } from "./category-record";

/** The tenant's income and expense categories by number (every tenant starts with 1-4). */
export async function listCategories(
  ctx: CrmContext,
  query: { page: number; limit: number; type?: TransactionType },
): Promise<{ categories: CategoryRecord[]; total: number }> {
  assertMaySeeLedger(ctx);
  const db = await getDb();
  const where = { tenantId: ctx.tenantId, ...(query.type ? { type: query.type } : {}) };
  const [categories, total] = await Promise.all([
    db.category.findMany({ where, orderBy: { seq: "asc" }, skip: (query.page - 1) * query.limit, take: query.limit, select: categoryRecordSelect }),
    db.category.count({ where }),
  ]);
  return { categories, total };
}
