import { getDb, type Prisma } from "@/lib/db/client";
import type { TicketPriority, TicketStatus } from "@/lib/db/generated/enums";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { NotFound, ValidationFailed, type FieldError } from "../errors";
import { recordEvent } from "../events/record-event";
import { SEQ, nextSeq } from "../sequence";
import { ticketRecordSelect, ticketReplySelect, type TicketRecord, type TicketReplyRecord } from "./ticket-record";

export interface TicketFields {
  customerSeq?: number | null;
  departmentSeq?: number | null;
  /** The assignee's user number. */
  assigneeSeq?: number | null;
  subject?: string;
  message?: string;
  status?: TicketStatus;
  priority?: TicketPriority;
}

export interface NewTicket extends TicketFields {
  subject: string;
  message: string;
}

/** The tenant's customer, department and user a ticket names, by their numbers; field errors otherwise. */
async function ticketRefs(tx: Prisma.TransactionClient, ctx: CrmContext, fields: TicketFields): Promise<Prisma.TicketUncheckedUpdateInput> {
  const problems: FieldError[] = [];
  const data: Prisma.TicketUncheckedUpdateInput = {};
  // Sequential on purpose: a transaction is one connection.
  if (fields.customerSeq !== undefined) {
    const found =
      fields.customerSeq === null ? null : await tx.customer.findFirst({ where: { tenantId: ctx.tenantId, seq: fields.customerSeq }, select: { id: true } });
    if (fields.customerSeq !== null && !found) problems.push({ field: "customer_id", message: "Customer not found" });
    data.customerId = found?.id ?? null;
  }
  if (fields.departmentSeq !== undefined) {
    const found =
      fields.departmentSeq === null
        ? null
        : await tx.department.findFirst({ where: { tenantId: ctx.tenantId, seq: fields.departmentSeq }, select: { id: true } });
    if (fields.departmentSeq !== null && !found) problems.push({ field: "department_id", message: "Department not found" });
    data.departmentId = found?.id ?? null;
  }
  if (fields.assigneeSeq !== undefined) {
    const found =
      fields.assigneeSeq === null ? null : await tx.user.findFirst({ where: { tenantId: ctx.tenantId, seq: fields.assigneeSeq }, select: { id: true } });
    if (fields.assigneeSeq !== null && !found) problems.push({ field: "assigned_to", message: "User not found" });
    data.assignedToId = found?.id ?? null;
  }
  if (fields.subject !== undefined && !fields.subject.trim()) problems.push({ field: "subject", message: "Subject is required" });
  if (fields.message !== undefined && !fields.message.trim()) problems.push({ field: "message", message: "Message is required" });
  if (problems.length > 0) throw new ValidationFailed(problems);
  return data;
}

/** A new ticket is Open; records `ticket.created` in the same transaction. */
export async function createTicket(ctx: CrmContext, input: NewTicket): Promise<TicketRecord> {
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

export async function getTicket(ctx: CrmContext, seq: number): Promise<TicketRecord & { replies: TicketReplyRecord[] }> {
  const db = await getDb();
  const ticket = await db.ticket.findFirst({
    where: { tenantId: ctx.tenantId, seq },
    select: { ...ticketRecordSelect, replies: { orderBy: { createdAt: "asc" }, select: ticketReplySelect } },
  });
  if (!ticket) throw new NotFound("Ticket");
  return ticket;
}

export async function listTickets(
  ctx: CrmContext,
  query: { page: number; limit: number; status?: TicketStatus; departmentSeq?: number; customerSeq?: number; priority?: TicketPriority },
): Promise<{ tickets: TicketRecord[]; total: number }> {
  const db = await getDb();
  const where: Prisma.TicketWhereInput = { tenantId: ctx.tenantId };
  if (query.status) where.status = query.status;
  if (query.priority) where.priority = query.priority;
  if (query.departmentSeq !== undefined) where.department = { tenantId: ctx.tenantId, seq: query.departmentSeq };
  if (query.customerSeq !== undefined) where.customer = { tenantId: ctx.tenantId, seq: query.customerSeq };
  const [tickets, total] = await Promise.all([
    db.ticket.findMany({ where, orderBy: { seq: "asc" }, skip: (query.page - 1) * query.limit, take: query.limit, select: ticketRecordSelect }),
    db.ticket.count({ where }),
  ]);
  return { tickets, total };
}

/** Changes status, priority, department or assignee (and text); closing stamps `closedAt`, reopening clears it. */
export async function updateTicket(ctx: CrmContext, seq: number, changes: TicketFields): Promise<TicketRecord> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const existing = await tx.ticket.findFirst({ where: { tenantId: ctx.tenantId, seq }, select: { id: true, status: true } });
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

/**
 * Adds a reply. A customer's reply to a closed or pending ticket reopens it;
 * staff may set the status with the reply (e.g. pending while waiting).
 */
export async function addTicketReply(
  ctx: CrmContext,
  seq: number,
  input: { message: string; authorType?: "staff" | "customer"; userId?: string | null; status?: TicketStatus },
): Promise<{ reply: TicketReplyRecord; ticket: TicketRecord }> {
  if (!input.message.trim()) throw new ValidationFailed([{ field: "message", message: "Message is required" }]);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const existing = await tx.ticket.findFirst({ where: { tenantId: ctx.tenantId, seq }, select: { id: true, status: true } });
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

export async function listDepartments(
  ctx: CrmContext,
  page: { page: number; limit: number },
): Promise<{ departments: { seq: number; name: string; email: string | null; createdAt: Date }[]; total: number }> {
  const db = await getDb();
  const where = { tenantId: ctx.tenantId };
  const [departments, total] = await Promise.all([
    db.department.findMany({
      where,
      orderBy: { seq: "asc" },
      skip: (page.page - 1) * page.limit,
      take: page.limit,
      select: { seq: true, name: true, email: true, createdAt: true },
    }),
    db.department.count({ where }),
  ]);
  return { departments, total };
}
