import { getDb } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { Conflict, NotFound } from "../errors";
import { isUuid } from "../uuid";

/** Deletes an order, unless an invoice was raised for it (409: billed history stays). */
export async function deleteOrder(ctx: CrmContext, id: string): Promise<{ id: string }> {
  if (!isUuid(id)) throw new NotFound("Order");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const order = await tx.order.findFirst({ where: { tenantId: ctx.tenantId, id }, select: { id: true, _count: { select: { invoices: true } } } });
    if (!order) throw new NotFound("Order");
    if (order._count.invoices > 0) throw new Conflict("Order has been invoiced and cannot be deleted; set its status to cancelled instead");
    await tx.order.delete({ where: { id } });
    await recordAudit(tx, ctx, { action: "order.deleted", entityType: "order", entityId: id });
    return { id };
  });
}
