import { getDb, type Prisma } from "@/lib/db/client";
import { assertMayWrite, ownerScope } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";

/**
 * Deletes a lead with its interactions and scheduled calls. A customer made
 * from it stays (its `leadId` is cleared), and so do calls (unlinked).
 */
export async function deleteLead(ctx: CrmContext, leadId: string): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction((tx) => deleteLeadIn(tx, ctx, leadId));
}

/** deleteLead inside a caller's transaction (bulk deletes); a rep's delete reaches only their own or unassigned leads. */
export async function deleteLeadIn(tx: Prisma.TransactionClient, ctx: CrmContext, leadId: string): Promise<{ id: string }> {
  assertMayWrite(ctx);
  if (!isUuid(leadId)) throw new NotFound("Lead");
  const { count } = await tx.lead.deleteMany({ where: { id: leadId, tenantId: ctx.tenantId, ...ownerScope(ctx) } });
  if (count === 0) throw new NotFound("Lead");
  await recordAudit(tx, ctx, { action: "lead.deleted", entityType: "lead", entityId: leadId });
  return { id: leadId };
}
