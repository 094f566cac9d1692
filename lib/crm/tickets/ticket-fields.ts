import type { TicketPriority, TicketStatus } from "@/lib/db/generated/enums";

/** A ticket's writable fields by the suite's numbers; `undefined` leaves a field, `null` clears it. */
export interface TicketFields {
  customerSeq?: number | null;
  /** The customer by UUID (the pages' picker); wins over `customerSeq` when both are given. */
  customerId?: string | null;
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

export const TICKET_STATUSES = ["open", "pending", "closed"] as const satisfies readonly TicketStatus[];
export const TICKET_PRIORITIES = ["low", "medium", "high", "urgent"] as const satisfies readonly TicketPriority[];
