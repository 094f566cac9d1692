import { z } from "zod";
import type { TicketRecord, TicketReplyRecord } from "@/lib/crm/tickets/ticket-record";
import type { TicketPriority, TicketStatus } from "@/lib/db/generated/enums";
import { seedWord } from "./wire-values";

const STATUS_WORDS = ["Open", "Pending", "Closed"] as const;
const PRIORITY_WORDS = ["Low", "Medium", "High", "Urgent"] as const;
export const statusIn = seedWord(STATUS_WORDS, "Status");
export const priorityIn = seedWord(PRIORITY_WORDS, "Priority");
const word = <W extends string>(value: string) => (value.charAt(0).toUpperCase() + value.slice(1)) as W;
export const toStatus = (w: (typeof STATUS_WORDS)[number]) => w.toLowerCase() as TicketStatus;
export const toPriority = (w: (typeof PRIORITY_WORDS)[number]) => w.toLowerCase() as TicketPriority;

export const suiteTicket = z.object({
  id: z.number().int(),
  customer_id: z.number().int().nullable(),
  subject: z.string(),
  message: z.string(),
  department_id: z.number().int().nullable(),
  department: z.string().nullable(),
  priority: z.enum(PRIORITY_WORDS),
  status: z.enum(STATUS_WORDS),
  assigned_to: z.number().int().nullable(),
  closed_at: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export const suiteReply = z.object({ id: z.string(), author: z.enum(["staff", "customer"]), message: z.string(), created_at: z.string() });

export function toSuiteTicket(t: TicketRecord): z.infer<typeof suiteTicket> {
  return {
    id: t.seq,
    customer_id: t.customer?.seq ?? null,
    subject: t.subject,
    message: t.message,
    department_id: t.department?.seq ?? null,
    department: t.department?.name ?? null,
    priority: word<(typeof PRIORITY_WORDS)[number]>(t.priority),
    status: word<(typeof STATUS_WORDS)[number]>(t.status),
    assigned_to: t.assignedTo?.seq ?? null,
    closed_at: t.closedAt?.toISOString() ?? null,
    created_at: t.createdAt.toISOString(),
    updated_at: t.updatedAt.toISOString(),
  };
}
export const toSuiteReply = (r: TicketReplyRecord): z.infer<typeof suiteReply> => ({
  id: r.id,
  author: r.authorType === "customer" ? "customer" : "staff",
  message: r.message,
  created_at: r.createdAt.toISOString(),
});
