import { getDb, type Prisma } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { NotFound, ValidationFailed } from "../errors";
import { isUuid } from "../uuid";
import type { OrderChanges } from "./order-input";
import { orderRecordSelect, type OrderRecord } from "./order-record";

/**
 * Changes only the fields given. A new quantity recomputes the total at the
 * unit price the order was placed at (a later product price change does not
 * reprice an existing order). Customer and product are fixed once placed.
 */
export async function updateOrder(ctx: CrmContext, id: string, changes: OrderChanges): Promise<OrderRecord> {
  if (!isUuid(id)) throw new NotFound("Order");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // Row lock: two concurrent quantity changes must not mix totals.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Order" WHERE id = ${id}::uuid AND "tenantId" = ${ctx.tenantId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw new NotFound("Order");
    const existing = await tx.order.findUniqueOrThrow({ where: { id }, select: { unitPrice: true } });
    const data: Prisma.OrderUncheckedUpdateInput = {};
    if (changes.quantity !== undefined) {
      if (!Number.isInteger(changes.quantity) || changes.quantity < 1)
        throw new ValidationFailed([{ field: "quantity", message: "Quantity must be a whole number of at least 1" }]);
      data.quantity = changes.quantity;
      data.total = existing.unitPrice.mul(changes.quantity);
    }
    if (changes.status !== undefined) data.status = changes.status;
    if (changes.orderDate !== undefined) data.orderDate = changes.orderDate;
    for (const key of ["shippingAddress", "billingAddress", "notes"] as const) {
      const value = changes[key];
      if (value !== undefined) data[key] = value === null ? null : value.trim() || null;
    }
    const order = await tx.order.update({ where: { id }, data, select: orderRecordSelect });
    await recordAudit(tx, ctx, { action: "order.updated", entityType: "order", entityId: id, data: { fields: Object.keys(data) } });
    return order;
  });
}
