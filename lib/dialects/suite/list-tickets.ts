import { z } from "zod";
import { listTickets } from "@/lib/crm/tickets/list-tickets";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { listEnvelope, pageFields, toPageMeta } from "./paging";
import { priorityIn, statusIn, suiteTicket, toPriority, toStatus, toSuiteTicket } from "./ticket-shape";
import { suiteRefId } from "./wire-values";

export const listSuiteTickets = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/tickets",
  summary: "List tickets",
  description: "By id. `status` Open, Closed or Pending; `priority` Low, Medium, High or Urgent (both case-insensitive).",
  auth: "tenant",
  scope: "read:support",
  query: z.object({
    ...pageFields,
    status: statusIn.optional(),
    priority: priorityIn.optional(),
    department_id: suiteRefId("Department").optional(),
    customer_id: suiteRefId("Customer").optional(),
  }),
  response: listEnvelope(suiteTicket),
  async handler({ ctx, query }) {
    const page = await listTickets(ctx, {
      page: query.page,
      limit: query.limit,
      status: query.status ? toStatus(query.status) : undefined,
      priority: query.priority ? toPriority(query.priority) : undefined,
      departmentSeq: query.department_id,
      customerSeq: query.customer_id,
    });
    return { success: true as const, data: page.tickets.map(toSuiteTicket), meta: toPageMeta(query.page, query.limit, page.total) };
  },
});
