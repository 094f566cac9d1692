import { getDb } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";

export interface LeadClassificationResult {
  classification: string;
  priority: string;
}

/** Stores a classification (and the priority it implies) on one of the tenant's leads. */
export async function recordLeadClassification(ctx: CrmContext, leadId: string, result: LeadClassificationResult): Promise<void> {
  if (!isUuid(leadId)) throw new NotFound("Lead");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const updated = await tx.lead.updateMany({
      where: { id: leadId, tenantId: ctx.tenantId },
      data: { classification: result.classification, priority: result.priority },
    });
    if (updated.count === 0) throw new NotFound("Lead");
    await recordAudit(tx, ctx, { action: "lead.classified", entityType: "lead", entityId: leadId, data: { ...result } });
  });
}
