import type { Prisma } from "@/lib/db/client";
import { ownerScope } from "../access/access";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";

/**
 * The lead's id if this actor may see it (the tenant's, and for a rep their
 * own or an unassigned one), else NotFound: missing, foreign and another
 * rep's lead read alike.
 */
export async function findVisibleLead(db: Prisma.TransactionClient, ctx: CrmContext, leadId: string): Promise<{ id: string }> {
  const found = isUuid(leadId) && (await db.lead.findFirst({ where: { id: leadId, tenantId: ctx.tenantId, ...ownerScope(ctx) }, select: { id: true } }));
  if (!found) throw new NotFound("Lead");
  return found;
}
