import type { Prisma } from "@/lib/db/client";
import { ownerScope } from "../access/access";
import type { CrmContext } from "../context";
import { ValidationFailed } from "../errors";
import { isUuid } from "../uuid";

/** The tenant's customer a document names (for a rep: their own or an unassigned one), or a field error on `customer_id`. */
export async function findCustomerRef(
  tx: Prisma.TransactionClient,
  ctx: CrmContext,
  key: { id: string } | { seq: number },
): Promise<{ id: string; seq: number }> {
  const found =
    "id" in key && !isUuid(key.id)
      ? null
      : await tx.customer.findFirst({ where: { tenantId: ctx.tenantId, ...key, ...ownerScope(ctx) }, select: { id: true, seq: true } });
  if (!found) throw new ValidationFailed([{ field: "customer_id", message: "Customer not found" }]);
  return found;
}
