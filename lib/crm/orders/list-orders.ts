import { getDb, type Prisma } from "@/lib/db/client";
import type { OrderStatus } from "@/lib/db/generated/enums";
import type { CrmContext } from "../context";
import { decodeCursor, encodeCursor } from "../keyset-cursor";
import { orderRecordSelect, type OrderRecord } from "./order-record";

export interface OrderFilter {
  customerId?: string;
  status?: OrderStatus;
  /** orderDate >= from */
  from?: Date;
  /** orderDate < before */
  before?: Date;
  limit: number;
  cursor?: string;
}

export interface OrderPage {
  orders: OrderRecord[];
  nextCursor: string | null;
}

/** Most recent order date first, by keyset (orderDate, id): constant cost per page at any depth. */
export async function listOrders(ctx: CrmContext, filter: OrderFilter): Promise<OrderPage> {
  const db = await getDb();
  const position = filter.cursor ? decodeCursor(filter.cursor) : undefined;
  const where: Prisma.OrderWhereInput = {
    tenantId: ctx.tenantId,
    customerId: filter.customerId,
    status: filter.status,
    orderDate: filter.from || filter.before ? { gte: filter.from, lt: filter.before } : undefined,
  };
  if (position) {
    where.AND = [{ OR: [{ orderDate: { lt: position.createdAt } }, { orderDate: position.createdAt, id: { lt: position.id } }] }];
  }
  const rows = await db.order.findMany({ where, orderBy: [{ orderDate: "desc" }, { id: "desc" }], take: filter.limit + 1, select: orderRecordSelect });
  const orders = rows.slice(0, filter.limit);
  const last = orders.at(-1);
  return { orders, nextCursor: rows.length > filter.limit && last ? encodeCursor({ createdAt: last.orderDate, id: last.id }) : null };
}
