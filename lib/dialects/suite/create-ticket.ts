import { z } from "zod";
import { createTicket } from "@/lib/crm/tickets/create-ticket";
import { ticketMessageIn, ticketSubjectIn } from "@/lib/crm/tickets/ticket-schema";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { itemEnvelope } from "./paging";
import { priorityIn, suiteTicket, toPriority, toSuiteTicket } from "./ticket-shape";
import { suiteRefId } from "./wire-values";

export const createSuiteTicket = defineEndpoint({
  dialect: suite,
  method: "POST",
  path: "/api/v2/tickets",
  summary: "Create ticket",
  description: "201. New tickets are Open; `priority` defaults to Medium; customer and department must be the workspace's. Records `ticket.created`.",
  auth: "tenant",
  scope: "write:support",
  body: z.object({
    customer_id: suiteRefId("Customer").nullable().optional(),
    subject: ticketSubjectIn,
    message: ticketMessageIn,
    department_id: suiteRefId("Department").nullable().optional(),
    priority: priorityIn.optional(),
  }),
  response: itemEnvelope(suiteTicket),
  status: 201,
  async handler({ ctx, body }) {
    const ticket = await createTicket(ctx, {
      customerSeq: body.customer_id,
      departmentSeq: body.department_id,
      subject: body.subject,
      message: body.message,
      priority: body.priority ? toPriority(body.priority) : undefined,
    });
    return { success: true as const, data: toSuiteTicket(ticket) };
  },
});
