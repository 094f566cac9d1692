import { getDb } from "@/lib/db/client";
import { assertMayWrite } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { recordEvent } from "../events/record-event";
import { SEQ, nextSeq } from "../sequence";
import type { NewTicket } from "./ticket-fields";
import { ticketRecordSelect, type TicketRecord } from "./ticket-record";
import { ticketRefs } from "./ticket-refs";

/** A new ticket is Open; records `ticket.created` in the same transaction. */
export async function createTicket(ctx: CrmContext, input: NewTicket): Promise<TicketRecord> {
  assertMayWrite(ctx);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const refs = await ticketRefs(tx, ctx, input);
    const seq = await nextSeq(tx, ctx.tenantId, SEQ.ticket);
    const ticket = await tx.ticket.create({
      data: {
        tenantId: ctx.tenantId,
        seq,
        subject: input.subject.trim(),
        message: input.message.trim(),
        priority: input.priority ?? "medium",
        status: "open",
        customerId: (refs.customerId as string | null | undefined) ?? null,
        departmentId: (refs.departmentId as string | null | undefined) ?? null,
        assignedToId: (refs.assignedToId as string | null | undefined) ?? null,
      },
      select: ticketRecordSelect,
    });
    await recordEvent(tx, ctx.tenantId, "ticket.created", {
      ticket_id: ticket.seq,
      subject: ticket.subject,
      priority: ticket.priority,
      customer_id: ticket.customer?.seq ?? null,
      department_id: ticket.department?.seq ?? null,
    });
    await recordAudit(tx, ctx, { action: "ticket.created", entityType: "ticket", entityId: ticket.id });
    return ticket;
  });
}
