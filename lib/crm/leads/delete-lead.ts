import { getDb } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";

/**
 * Deletes a lead with its interactions and scheduled calls. A customer made
 * from it stays (its `leadId` is cleared), and so do calls (unlinked).
 */
export async function deleteLead(ctx: CrmContext, leadId: string): Promise<{ id: string }> {
  if (!isUuid(leadId)) throw new NotFound("Lead");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { count } = await tx.lead.deleteMany({ where: { id: leadId, tenantId: ctx.tenantId } });
    if (count === 0) throw new NotFound("Lead");
    await recordAudit(tx, ctx, { action: "lead.deleted", entityType: "lead", entityId: leadId });
    return { id: leadId };
  });
}
