import type { Prisma } from "@/lib/db/client";

export const ticketRecordSelect = {
  id: true,
  seq: true,
  subject: true,
  message: true,
  status: true,
  priority: true,
  closedAt: true,
  createdAt: true,
  updatedAt: true,
  customer: { select: { id: true, seq: true, name: true } },
  department: { select: { seq: true, name: true } },
  assignedTo: { select: { id: true, seq: true, name: true } },
} as const satisfies Prisma.TicketSelect;

export type TicketRecord = Prisma.TicketGetPayload<{ select: typeof ticketRecordSelect }>;

export const ticketReplySelect = { id: true, authorType: true, userId: true, message: true, createdAt: true } as const satisfies Prisma.TicketReplySelect;
export type TicketReplyRecord = Prisma.TicketReplyGetPayload<{ select: typeof ticketReplySelect }>;
