import type { Prisma } from "@/lib/db/client";
import { ownerScope } from "../access/access";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";
import type { CustomerKey } from "./get-customer";

/**
 * The customer's id if this actor may see it (the tenant's, and for a rep their
 * own or unassigned), else NotFound: missing, foreign and another rep's read alike.
 */
export async function findVisibleCustomer(db: Prisma.TransactionClient, ctx: CrmContext, key: CustomerKey): Promise<{ id: string }> {
  const found =
    (!("id" in key) || isUuid(key.id)) &&
    (await db.customer.findFirst({ where: { tenantId: ctx.tenantId, ...key, ...ownerScope(ctx) }, select: { id: true } }));
  if (!found) throw new NotFound("Customer");
  return found;
}
