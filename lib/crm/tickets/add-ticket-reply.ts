import { getDb } from "@/lib/db/client";
import type { TicketStatus } from "@/lib/db/generated/enums";
import { assertMayWrite } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { NotFound, ValidationFailed } from "../errors";
import { ticketRecordSelect, ticketReplySelect, type TicketRecord, type TicketReplyRecord } from "./ticket-record";
import { ticketScope } from "./ticket-scope";

/**
 * Adds a reply. A customer's reply to a closed or pending ticket reopens it;
 * staff may set the status with the reply (e.g. pending while waiting).
 */
export async function addTicketReply(
  ctx: CrmContext,
  seq: number,
  input: { message: string; authorType?: "staff" | "customer"; userId?: string | null; status?: TicketStatus },
): Promise<{ reply: TicketReplyRecord; ticket: TicketRecord }> {
  assertMayWrite(ctx);
  if (!input.message.trim()) throw new ValidationFailed([{ field: "message", message: "Message is required" }]);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const existing = await tx.ticket.findFirst({ where: { tenantId: ctx.tenantId, seq, AND: [ticketScope(ctx)] }, select: { id: true, status: true } });
    if (!existing) throw new NotFound("Ticket");
    const authorType = input.authorType ?? "staff";
    const reply = await tx.ticketReply.create({
      data: { tenantId: ctx.tenantId, ticketId: existing.id, authorType, userId: input.userId ?? null, message: input.message.trim() },
      select: ticketReplySelect,
    });
    const status = input.status ?? (authorType === "customer" && existing.status !== "open" ? "open" : existing.status);
    const ticket = await tx.ticket.update({
      where: { id: existing.id },
      data: { status, closedAt: status === "closed" ? (existing.status === "closed" ? undefined : new Date()) : null },
      select: ticketRecordSelect,
    });
    await recordAudit(tx, ctx, { action: "ticket.replied", entityType: "ticket", entityId: existing.id });
    return { reply, ticket };
  });
}
