import { z } from "zod";
import type { NewOrder, OrderChanges } from "@/lib/crm/orders/order-input";
import { ORDER_STATUSES } from "./order-shape";
import { crmDate } from "./wire-types";

const optionalText = (max: number) => z.string().max(max).nullable().optional();
const quantity = z.number().int("Quantity must be a whole number").min(1, "Quantity must be at least 1").max(1_000_000);

const orderFields = {
  status: z.enum(ORDER_STATUSES).optional(),
  order_date: crmDate.optional(),
  shipping_address: optionalText(1000),
  billing_address: optionalText(1000),
  notes: optionalText(10_000),
};

export const crmOrderCreateBody = z.object({
  customer_id: z.uuid(),
  product_id: z.uuid(),
  quantity,
  ...orderFields,
});

export const crmOrderUpdateBody = z
  .object({
    quantity: quantity.optional(),
    ...orderFields,
    customer_id: z.unknown().optional(),
    product_id: z.unknown().optional(),
  })
  .refine((body) => body.customer_id === undefined, { message: "An order's customer cannot change; place a new order", path: ["customer_id"] })
  .refine((body) => body.product_id === undefined, { message: "An order's product cannot change; place a new order", path: ["product_id"] })
  .refine((body) => Object.values(body).some((value) => value !== undefined), { message: "Send at least one field to change", path: ["body"] });

export function toOrderChanges(body: z.output<typeof crmOrderUpdateBody>): OrderChanges {
  return {
    quantity: body.quantity,
    status: body.status,
    orderDate: body.order_date,
    shippingAddress: body.shipping_address,
    billingAddress: body.billing_address,
    notes: body.notes,
  };
}

export function toNewOrder(body: z.output<typeof crmOrderCreateBody>): NewOrder {
  return {
    customerId: body.customer_id,
    productId: body.product_id,
    quantity: body.quantity,
    status: body.status,
    orderDate: body.order_date,
    shippingAddress: body.shipping_address,
    billingAddress: body.billing_address,
    notes: body.notes,
  };
}
