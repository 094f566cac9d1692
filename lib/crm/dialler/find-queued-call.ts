import type { Prisma } from "@/lib/db/client";
import { ownerScope } from "../access/access";
import type { CrmContext } from "../context";
import { Conflict, NotFound } from "../errors";
import { isUuid } from "../uuid";

/**
 * A scheduled call the actor may work (a rep: of their own or an unassigned
 * lead; another tenant's or rep's answers as missing), still waiting to be
 * dialled: a dialled or cancelled one is a Conflict that says which.
 */
export async function findQueuedCall(tx: Prisma.TransactionClient, ctx: CrmContext, id: string): Promise<{ id: string; phoneNormalized: string }> {
  const call = isUuid(id)
    ? await tx.scheduledCall.findFirst({
        where: { id, tenantId: ctx.tenantId, lead: ownerScope(ctx) },
        select: { id: true, phoneNormalized: true, status: true },
      })
    : null;
  if (!call) throw new NotFound("Scheduled call");
  if (call.status === "processed") throw new Conflict("This call was already dialled");
  if (call.status === "cancelled") throw new Conflict("This call was cancelled");
  return call;
}
