import { z } from "zod";
import { SEGMENT_KEYS } from "@/lib/crm/customers/customer-segments";
import { listCustomers } from "@/lib/crm/customers/list-customers";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crmCustomer, toCrmCustomer } from "./customer-shape";
import { crm } from "./dialect";

export const listCrmCustomers = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/customers",
  summary: "List customers",
  description:
    "Retrieve customers, newest first, a page at a time (keyset pagination, as for leads: pass `next_cursor` back as `cursor`; it is null on the last page, and a page costs the same at any depth). " +
    "Filters: `status`, `type`, `segment` (one of the segments of `GET /dev/crm/customers/segments`, filtered by the very rule that counts it; the activity segments `high_value`, `at_risk`, `critical`, `inactive_90_days` evaluate every customer's history, so such a page costs about what the segments endpoint does) and `search` (name, email, phone or company, case-insensitive substring).",
  auth: "tenant",
  scope: "read:customers",
  query: z.object({
    status: z.enum(["active", "inactive", "blocked"]).optional(),
    type: z.enum(["individual", "business"]).optional(),
    segment: z.enum(SEGMENT_KEYS).optional(),
    search: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(200).optional(),
  }),
  response: z.object({
    data: z.array(crmCustomer),
    pagination: z.object({ limit: z.number(), next_cursor: z.string().nullable() }),
  }),
  async handler({ ctx, query }) {
    const page = await listCustomers(ctx, query);
    return { data: page.customers.map(toCrmCustomer), pagination: { limit: query.limit, next_cursor: page.nextCursor } };
  },
});
