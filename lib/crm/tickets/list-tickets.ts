import { getDb, type Prisma } from "@/lib/db/client";
import type { TicketPriority, TicketStatus } from "@/lib/db/generated/enums";
import type { CrmContext } from "../context";
import { ticketRecordSelect, type TicketRecord } from "./ticket-record";
import { ticketScope } from "./ticket-scope";

export interface TicketListQuery {
  page: number;
  limit: number;
  status?: TicketStatus;
  priority?: TicketPriority;
  departmentSeq?: number;
  customerSeq?: number;
  /** The customer's UUID (pages). */
  customerId?: string;
  /** Case-insensitive substring of the subject or first message. */
  search?: string;
  /** Newest first (pages) instead of by number (the suite API). */
  newestFirst?: boolean;
}

/** The filters of a ticket list as a `where`, scoped to the tenant and what the actor may see. */
export function ticketListWhere(ctx: CrmContext, query: Omit<TicketListQuery, "page" | "limit" | "status" | "newestFirst">): Prisma.TicketWhereInput {
  const where: Prisma.TicketWhereInput = { tenantId: ctx.tenantId, AND: [ticketScope(ctx)] };
  if (query.priority) where.priority = query.priority;
  if (query.departmentSeq !== undefined) where.department = { tenantId: ctx.tenantId, seq: query.departmentSeq };
  if (query.customerSeq !== undefined) where.customer = { tenantId: ctx.tenantId, seq: query.customerSeq };
  if (query.customerId !== undefined) where.customerId = query.customerId;
  const term = query.search?.trim();
  if (term) {
    where.OR = [{ subject: { contains: term, mode: "insensitive" } }, { message: { contains: term, mode: "insensitive" } }];
  }
  return where;
}

/** Numbered pages of tickets (a page never loads more than `limit` rows). */
export async function listTickets(ctx: CrmContext, query: TicketListQuery): Promise<{ tickets: TicketRecord[]; total: number }> {
  const db = await getDb();
  const where = ticketListWhere(ctx, query);
  if (query.status) where.status = query.status;
  const orderBy: Prisma.TicketOrderByWithRelationInput[] = query.newestFirst ? [{ createdAt: "desc" }, { id: "desc" }] : [{ seq: "asc" }];
  const [tickets, total] = await Promise.all([
    db.ticket.findMany({ where, orderBy, skip: (query.page - 1) * query.limit, take: query.limit, select: ticketRecordSelect }),
    db.ticket.count({ where }),
  ]);
  return { tickets, total };
}
