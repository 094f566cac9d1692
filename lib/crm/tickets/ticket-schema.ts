import { z } from "zod";
import { TICKET_PRIORITIES, TICKET_STATUSES } from "./ticket-fields";

/**
 * A new ticket's subject and message: the suite's `POST /api/v2/tickets` body
 * and the /tickets/new form read them with these same fields.
 */
export const ticketSubjectIn = z.string({ error: "Subject is required" }).trim().min(1, "Subject is required").max(300, "At most 300 characters");
export const ticketMessageIn = z.string({ error: "Message is required" }).trim().min(1, "Message is required").max(20_000, "At most 20,000 characters");

/** /tickets/new: the customer by UUID from the picker ("" = none), department by number as select text. */
export const newTicketForm = z.object({
  customerId: z.union([z.literal(""), z.uuid("Pick a customer")]),
  /** Shown beside the picker; not sent to the domain. */
  customerName: z.string(),
  subject: ticketSubjectIn,
  message: ticketMessageIn,
  departmentSeq: z.string().regex(/^(\d{1,9})?$/, "Choose a department"),
  priority: z.enum(TICKET_PRIORITIES),
});
export type NewTicketFormInput = z.input<typeof newTicketForm>;
export type NewTicketFormValues = z.output<typeof newTicketForm>;

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
