import { z } from "zod";
import { deleteOrder } from "@/lib/crm/orders/delete-order";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { crmDeleted } from "./wire-types";

export const deleteCrmOrder = defineEndpoint({
  dialect: crm,
  method: "DELETE",
  path: "/dev/crm/orders/{orderId}",
  summary: "Delete order",
  description: 'Delete an order. Answers 200 `{"message": "Order deleted", "id": ...}`; an order that has been invoiced answers 409 (cancel it instead).',
  auth: "tenant",
  scope: "write:customers",
  conflict: "The order has been invoiced (set its status to cancelled instead).",
  params: z.object({ orderId: z.uuid() }),
  response: crmDeleted,
  async handler({ ctx, params }) {
    const { id } = await deleteOrder(ctx, params.orderId);
    return { message: "Order deleted", id };
  },
});
