import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";
import { orderRecordSelect, type OrderRecord } from "./order-record";

export async function getOrder(ctx: CrmContext, id: string): Promise<OrderRecord> {
  if (!isUuid(id)) throw new NotFound("Order");
  const db = await getDb();
  const order = await db.order.findFirst({ where: { tenantId: ctx.tenantId, id }, select: orderRecordSelect });
  if (!order) throw new NotFound("Order");
  return order;
}
