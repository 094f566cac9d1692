import { getDb } from "@/lib/db/client";
import type { TransactionType } from "@/lib/db/generated/enums";
import { assertMayManageMoney } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { ValidationFailed } from "../errors";
import { SEQ, nextSeq } from "../sequence";
import { categoryRecordSelect, type CategoryRecord } from "./category-record";

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
