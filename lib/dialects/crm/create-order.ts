import { createOrder } from "@/lib/crm/orders/create-order";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { crmOrderCreateBody, toNewOrder } from "./order-body";
import { crmOrder, toCrmOrder } from "./order-shape";

export const createCrmOrder = defineEndpoint({
  dialect: crm,
  method: "POST",
  path: "/dev/crm/orders",
  summary: "Create order",
  description:
    "Create a new order. `customer_id` and `product_id` must be this workspace's customer and active product (400 otherwise; `GET /dev/crm/products` lists product ids); `quantity` a whole number ≥ 1. " +
    "The unit price is the product's price at that moment and `total` = unit price × quantity, exact decimal. `status` defaults to `pending`, `order_date` to now, the addresses to the customer's. Answers 201.",
  auth: "tenant",
  scope: "write:customers",
  body: crmOrderCreateBody,
  response: crmOrder,
  status: 201,
  async handler({ ctx, body }) {
    return toCrmOrder(await createOrder(ctx, toNewOrder(body)));
  },
});
