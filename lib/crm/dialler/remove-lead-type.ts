import { getDb } from "@/lib/db/client";
import { assertMayConfigure } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";

/**
 * Removes a subtype, or retires a whole type: a retired type is kept (its
 * leads and call history refer to it) but inactive, so /lead/add answers
 * "Unknown Type" and /lead/cancel its unknown-type warning; saving it again
 * reactivates it.
 */
export async function removeLeadType(ctx: CrmContext, input: { name: string; subtype?: string }): Promise<void> {
  assertMayConfigure(ctx);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const type = await tx.leadType.findUnique({ where: { tenantId_name: { tenantId: ctx.tenantId, name: input.name.trim() } }, select: { id: true } });
    if (!type) throw new NotFound("Lead type");
    if (input.subtype !== undefined) {
      const removed = await tx.leadSubtype.deleteMany({ where: { tenantId: ctx.tenantId, leadTypeId: type.id, name: input.subtype.trim() } });
      if (removed.count === 0) throw new NotFound("Lead subtype");
      await recordAudit(tx, ctx, { action: "lead_subtype.removed", entityType: "lead_type", entityId: type.id, data: { subtype: input.subtype } });
      return;
    }
    await tx.leadType.update({ where: { id: type.id }, data: { active: false } });
    await recordAudit(tx, ctx, { action: "lead_type.retired", entityType: "lead_type", entityId: type.id });
  });
}
