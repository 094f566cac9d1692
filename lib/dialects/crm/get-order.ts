import { z } from "zod";
import { getOrder } from "@/lib/crm/orders/get-order";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { crmOrder, toCrmOrder } from "./order-shape";

export const getCrmOrder = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/orders/{orderId}",
  summary: "Get order",
  description: "Retrieve a specific order by ID.",
  auth: "tenant",
  scope: "read:customers",
  params: z.object({ orderId: z.uuid() }),
  response: crmOrder,
  async handler({ ctx, params }) {
    return toCrmOrder(await getOrder(ctx, params.orderId));
  },
});
