import { z } from "zod";
import { addTicketReply } from "@/lib/crm/tickets/add-ticket-reply";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { itemEnvelope } from "./paging";
import { suiteIdParam } from "./suite-id";
import { statusIn, suiteReply, suiteTicket, toStatus, toSuiteReply, toSuiteTicket } from "./ticket-shape";

export const replySuiteTicket = defineEndpoint({
  dialect: suite,
  method: "POST",
  path: "/api/v2/tickets/{id}/replies",
  summary: "Reply to ticket",
  description: "201. `author` staff (default) or customer; a customer's reply reopens a Pending or Closed ticket; `status` sets it with the reply.",
  auth: "tenant",
  scope: "write:support",
  params: z.object({ id: suiteIdParam }),
  body: z.object({
    message: z.string({ error: "Message is required" }).trim().min(1, "Message is required").max(20_000),
    author: z.enum(["staff", "customer"], { error: "Author must be staff or customer" }).optional(),
    status: statusIn.optional(),
  }),
  response: itemEnvelope(z.object({ reply: suiteReply, ticket: suiteTicket })),
  status: 201,
  async handler({ ctx, params, body }) {
    const result = await addTicketReply(ctx, params.id, {
      message: body.message,
      authorType: body.author,
      status: body.status ? toStatus(body.status) : undefined,
      userId: ctx.actor.type === "user" ? ctx.actor.id : null,
    });
    return { success: true as const, data: { reply: toSuiteReply(result.reply), ticket: toSuiteTicket(result.ticket) } };
  },
});
