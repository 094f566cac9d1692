import type { Prisma } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { findVisibleCustomer } from "../customers/find-visible-customer";
import { findVisibleLead } from "../leads/find-visible-lead";
import type { InteractionOwner } from "./interaction-record";

/** The lead or customer must be the tenant's (and a rep's own or unassigned lead or customer); a foreign id reads exactly like a missing one. */
export async function assertOwner(tx: Prisma.TransactionClient, ctx: CrmContext, owner: InteractionOwner): Promise<void> {
  if ("leadId" in owner) {
    await findVisibleLead(tx, ctx, owner.leadId);
  } else {
    await findVisibleCustomer(tx, ctx, { id: owner.customerId });
  }
}

/** The `where` of one interaction of this owner in this tenant. */
export function interactionOf(ctx: CrmContext, owner: InteractionOwner, interactionId: string): Prisma.InteractionWhereInput {
  return { id: interactionId, tenantId: ctx.tenantId, ...owner };
}
