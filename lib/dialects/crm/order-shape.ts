import { z } from "zod";
import type { OrderRecord } from "@/lib/crm/orders/order-record";

export const ORDER_STATUSES = ["pending", "processing", "shipped", "delivered", "cancelled"] as const;

/** An order as /dev/crm shows it: UUIDs, money as exact decimal strings. */
export const crmOrder = z.object({
  id: z.uuid(),
  customer_id: z.uuid(),
  product_id: z.uuid(),
  product_name: z.string(),
  quantity: z.number().int(),
  unit_price: z.string().describe("The product's price when the order was placed, exact decimal"),
  total: z.string().describe("unit_price × quantity, exact decimal"),
  status: z.enum(ORDER_STATUSES),
  order_date: z.string(),
  shipping_address: z.string().nullable(),
  billing_address: z.string().nullable(),
  notes: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type CrmOrder = z.infer<typeof crmOrder>;

export function toCrmOrder(order: OrderRecord): CrmOrder {
  return {
    id: order.id,
    customer_id: order.customerId,
    product_id: order.productId,
    product_name: order.product.name,
    quantity: order.quantity,
    unit_price: order.unitPrice.toFixed(2),
    total: order.total.toFixed(2),
    status: order.status,
    order_date: order.orderDate.toISOString(),
    shipping_address: order.shippingAddress,
    billing_address: order.billingAddress,
    notes: order.notes,
    created_at: order.createdAt.toISOString(),
    updated_at: order.updatedAt.toISOString(),
  };
}
