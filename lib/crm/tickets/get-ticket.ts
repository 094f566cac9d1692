import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { ticketRecordSelect, ticketReplySelect, type TicketRecord, type TicketReplyRecord } from "./ticket-record";
import { ticketScope } from "./ticket-scope";

export type TicketWithReplies = TicketRecord & { replies: TicketReplyRecord[] };

/** One ticket with its replies, oldest first; a ticket the actor may not see is NotFound. */
export async function getTicket(ctx: CrmContext, seq: number): Promise<TicketWithReplies> {
  const db = await getDb();
  const ticket = await db.ticket.findFirst({
    where: { tenantId: ctx.tenantId, seq, AND: [ticketScope(ctx)] },
    select: { ...ticketRecordSelect, replies: { orderBy: { createdAt: "asc" }, select: ticketReplySelect } },
  });
  if (!ticket) throw new NotFound("Ticket");
  return ticket;
}
