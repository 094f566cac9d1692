import { z } from "zod";
import { getTicket } from "@/lib/crm/tickets/get-ticket";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { itemEnvelope } from "./paging";
import { suiteIdParam } from "./suite-id";
import { suiteReply, suiteTicket, toSuiteReply, toSuiteTicket } from "./ticket-shape";

export const getSuiteTicket = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/tickets/{id}",
  summary: "Get ticket",
  description: "The ticket with its replies, oldest first.",
  auth: "tenant",
  scope: "read:support",
  params: z.object({ id: suiteIdParam }),
  response: itemEnvelope(suiteTicket.extend({ replies: z.array(suiteReply) })),
  async handler({ ctx, params }) {
    const ticket = await getTicket(ctx, params.id);
    return { success: true as const, data: { ...toSuiteTicket(ticket), replies: ticket.replies.map(toSuiteReply) } };
  },
});
