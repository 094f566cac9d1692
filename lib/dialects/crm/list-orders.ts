import { z } from "zod";
import { listOrders } from "@/lib/crm/orders/list-orders";
import { defineEndpoint } from "@/lib/http/endpoint";
import { dateRangeQuery, toDateRange } from "./date-range";
import { crm } from "./dialect";
import { crmOrder, ORDER_STATUSES, toCrmOrder } from "./order-shape";

export const listCrmOrders = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/orders",
  summary: "List orders",
  description:
    "Retrieve orders, most recent `order_date` first, a page at a time (keyset: pass `next_cursor` back as `cursor`). Filters: `customer_id`, `status`, `date_from`/`date_to` on the order date (inclusive; a plain date means the whole day, UTC).",
  auth: "tenant",
  scope: "read:customers",
  query: z.object({
    customer_id: z.uuid().optional(),
    status: z.enum(ORDER_STATUSES).optional(),
    ...dateRangeQuery,
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(200).optional(),
  }),
  response: z.object({ data: z.array(crmOrder), pagination: z.object({ limit: z.number(), next_cursor: z.string().nullable() }) }),
  async handler({ ctx, query }) {
    const page = await listOrders(ctx, {
      customerId: query.customer_id,
      status: query.status,
      ...toDateRange(query),
      limit: query.limit,
      cursor: query.cursor,
    });
    return { data: page.orders.map(toCrmOrder), pagination: { limit: query.limit, next_cursor: page.nextCursor } };
  },
});
