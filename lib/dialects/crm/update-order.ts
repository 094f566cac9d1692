import { z } from "zod";
import { updateOrder } from "@/lib/crm/orders/update-order";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { crmOrderUpdateBody, toOrderChanges } from "./order-body";
import { crmOrder, toCrmOrder } from "./order-shape";

export const updateCrmOrder = defineEndpoint({
  dialect: crm,
  method: "PUT",
  path: "/dev/crm/orders/{orderId}",
  summary: "Update order",
  description:
    "Partial update of `status`, `quantity`, `order_date`, addresses and `notes` (only the fields sent change). A new quantity recomputes `total` at the order's own unit price. `customer_id` and `product_id` cannot change (400): place a new order.",
  auth: "tenant",
  scope: "write:customers",
  params: z.object({ orderId: z.uuid() }),
  body: crmOrderUpdateBody,
  response: crmOrder,
  async handler({ ctx, params, body }) {
    return toCrmOrder(await updateOrder(ctx, params.orderId, toOrderChanges(body)));
  },
});
