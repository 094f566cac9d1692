import { getDb } from "@/lib/db/client";
import { assertMayWrite } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import type { TicketFields } from "./ticket-fields";
import { ticketRecordSelect, type TicketRecord } from "./ticket-record";
import { ticketRefs } from "./ticket-refs";
import { ticketScope } from "./ticket-scope";

/** Changes status, priority, department or assignee (and text); closing stamps `closedAt`, reopening clears it. */
export async function updateTicket(ctx: CrmContext, seq: number, changes: TicketFields): Promise<TicketRecord> {
  assertMayWrite(ctx);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const existing = await tx.ticket.findFirst({ where: { tenantId: ctx.tenantId, seq, AND: [ticketScope(ctx)] }, select: { id: true, status: true } });
    if (!existing) throw new NotFound("Ticket");
    const data = await ticketRefs(tx, ctx, changes);
    if (changes.subject !== undefined) data.subject = changes.subject.trim();
    if (changes.message !== undefined) data.message = changes.message.trim();
    if (changes.priority !== undefined) data.priority = changes.priority;
    if (changes.status !== undefined && changes.status !== existing.status) {
      data.status = changes.status;
      data.closedAt = changes.status === "closed" ? new Date() : null;
    }
    const ticket = await tx.ticket.update({ where: { id: existing.id }, data, select: ticketRecordSelect });
    await recordAudit(tx, ctx, { action: "ticket.updated", entityType: "ticket", entityId: existing.id, data: { fields: Object.keys(data) } });
    return ticket;
  });
}
