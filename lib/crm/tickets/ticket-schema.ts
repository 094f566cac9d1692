import { z } from "zod";
import { TICKET_PRIORITIES, TICKET_STATUSES } from "./ticket-fields";

/** A staff reply from the ticket page; `status` "" keeps the ticket's status. */
export const ticketReplyForm = z.object({
  message: z.string().trim().min(1, "Write a reply first").max(20_000, "At most 20,000 characters"),
  status: z.union([z.enum(TICKET_STATUSES), z.literal("")]),
});
export type TicketReplyFormValues = z.infer<typeof ticketReplyForm>;

/** The ticket page's side panel; department and assignee are numbers as select text ("" = none). */
export const ticketTriageForm = z.object({
  status: z.enum(TICKET_STATUSES),
  priority: z.enum(TICKET_PRIORITIES),
  departmentSeq: z.string().regex(/^(\d{1,9})?$/),
  assigneeSeq: z.string().regex(/^(\d{1,9})?$/),
});
export type TicketTriageFormValues = z.infer<typeof ticketTriageForm>;

export const TICKET_STATUS_LABELS = { open: "Open", pending: "Pending", closed: "Closed" } as const;
export const TICKET_PRIORITY_LABELS = { low: "Low", medium: "Medium", high: "High", urgent: "Urgent" } as const;
