import { getDb, type Prisma } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { ValidationFailed, type FieldError } from "../errors";
import { SEQ, nextSeq } from "../sequence";
import { isUuid } from "../uuid";
import type { NewOrder } from "./order-input";
import { orderRecordSelect, type OrderRecord } from "./order-record";

/**
 * Places an order: the customer and the (active) product must be the
 * tenant's; the unit price is the product's price now, and the total is
 * unit price × quantity in exact decimal arithmetic. Addresses not given
 * default to the customer's.
 */
export async function createOrder(ctx: CrmContext, input: NewOrder): Promise<OrderRecord> {
  const db = await getDb();
  return db.$transaction((tx) => createOrderIn(tx, ctx, input));
}

export async function createOrderIn(tx: Prisma.TransactionClient, ctx: CrmContext, input: NewOrder): Promise<OrderRecord> {
  const problems: FieldError[] = [];
  if (!Number.isInteger(input.quantity) || input.quantity < 1) problems.push({ field: "quantity", message: "Quantity must be a whole number of at least 1" });
  // Sequential on purpose: a transaction is one connection.
  const customer = isUuid(input.customerId)
    ? await tx.customer.findFirst({
        where: { tenantId: ctx.tenantId, id: input.customerId },
        select: { id: true, shippingAddress: true, billingAddress: true },
      })
    : null;
  if (!customer) problems.push({ field: "customer_id", message: "Customer not found" });
  const product = isUuid(input.productId)
    ? await tx.product.findFirst({ where: { tenantId: ctx.tenantId, id: input.productId }, select: { id: true, price: true, active: true } })
    : null;
  if (!product) problems.push({ field: "product_id", message: "Product not found" });
  else if (!product.active) problems.push({ field: "product_id", message: "Product is no longer sold" });
  if (problems.length > 0 || !customer || !product) throw new ValidationFailed(problems);

  const seq = await nextSeq(tx, ctx.tenantId, SEQ.order);
  const order = await tx.order.create({
    data: {
      tenantId: ctx.tenantId,
      seq,
      customerId: customer.id,
      productId: product.id,
      quantity: input.quantity,
      unitPrice: product.price,
      total: product.price.mul(input.quantity),
      status: input.status ?? "pending",
      orderDate: input.orderDate ?? new Date(),
      shippingAddress: input.shippingAddress === undefined ? customer.shippingAddress : input.shippingAddress,
      billingAddress: input.billingAddress === undefined ? customer.billingAddress : input.billingAddress,
      notes: input.notes ?? null,
    },
    select: orderRecordSelect,
  });
  await recordAudit(tx, ctx, { action: "order.created", entityType: "order", entityId: order.id, data: { total: order.total.toFixed(2) } });
  return order;
}
