import { getDb } from "@/lib/db/client";
import type { TransactionType } from "@/lib/db/generated/enums";
import { assertMayManageMoney, assertMaySeeLedger } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { ValidationFailed } from "../errors";
import { SEQ, nextSeq } from "../sequence";

export const categoryRecordSelect = { id: true, seq: true, name: true, type: true, createdAt: true } as const;
export interface CategoryRecord {
  id: string;
  seq: number;
  name: string;
  type: TransactionType;
  createdAt: Date;
}

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

export async function createCategory(ctx: CrmContext, input: { name: string; type: TransactionType }): Promise<CategoryRecord> {
  assertMayManageMoney(ctx);
  if (!input.name.trim()) throw new ValidationFailed([{ field: "name", message: "Name is required" }]);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const seq = await nextSeq(tx, ctx.tenantId, SEQ.category);
    const category = await tx.category.create({
      data: { tenantId: ctx.tenantId, seq, name: input.name.trim(), type: input.type },
      select: categoryRecordSelect,
    });
    await recordAudit(tx, ctx, { action: "category.created", entityType: "category", entityId: category.id });
    return category;
  });
}
