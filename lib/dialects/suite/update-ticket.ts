import { z } from "zod";
import { updateTicket } from "@/lib/crm/tickets/update-ticket";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { itemEnvelope } from "./paging";
import { suiteIdParam } from "./suite-id";
import { priorityIn, statusIn, suiteTicket, toPriority, toStatus, toSuiteTicket } from "./ticket-shape";
import { suiteRefId } from "./wire-values";

export const updateSuiteTicket = defineEndpoint({
  dialect: suite,
  method: "PUT",
  path: "/api/v2/tickets/{id}",
  summary: "Update ticket",
  description: "Changes status, priority, department_id, assigned_to (a user id) or subject/message. Closing stamps `closed_at`; reopening clears it.",
  auth: "tenant",
  scope: "write:support",
  params: z.object({ id: suiteIdParam }),
  body: z.object({
    status: statusIn.optional(),
    priority: priorityIn.optional(),
    department_id: suiteRefId("Department").nullable().optional(),
    assigned_to: suiteRefId("User").nullable().optional(),
    customer_id: suiteRefId("Customer").nullable().optional(),
    subject: z.string().trim().min(1, "Subject is required").max(300).optional(),
    message: z.string().trim().min(1, "Message is required").max(20_000).optional(),
  }),
  response: itemEnvelope(suiteTicket),
  async handler({ ctx, params, body }) {
    const ticket = await updateTicket(ctx, params.id, {
      status: body.status ? toStatus(body.status) : undefined,
      priority: body.priority ? toPriority(body.priority) : undefined,
      departmentSeq: body.department_id,
      assigneeSeq: body.assigned_to,
      customerSeq: body.customer_id,
      subject: body.subject,
      message: body.message,
    });
    return { success: true as const, data: toSuiteTicket(ticket) };
  },
});
