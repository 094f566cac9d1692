import { z } from "zod";
import { addTicketReply } from "@/lib/crm/tickets/add-ticket-reply";
import { createTicket } from "@/lib/crm/tickets/create-ticket";
import { getTicket } from "@/lib/crm/tickets/get-ticket";
import { listDepartments } from "@/lib/crm/tickets/list-departments";
import { listTickets } from "@/lib/crm/tickets/list-tickets";
import { updateTicket } from "@/lib/crm/tickets/update-ticket";
import type { TicketRecord, TicketReplyRecord } from "@/lib/crm/tickets/ticket-record";
import type { TicketPriority, TicketStatus } from "@/lib/db/generated/enums";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { itemEnvelope, listEnvelope, pageFields, toPageMeta } from "./paging";
import { suiteIdParam } from "./suite-id";
import { seedWord, suiteRefId } from "./wire-values";

const STATUS_WORDS = ["Open", "Pending", "Closed"] as const;
const PRIORITY_WORDS = ["Low", "Medium", "High", "Urgent"] as const;
const statusIn = seedWord(STATUS_WORDS, "Status");
const priorityIn = seedWord(PRIORITY_WORDS, "Priority");
const word = <W extends string>(value: string) => (value.charAt(0).toUpperCase() + value.slice(1)) as W;
const toStatus = (w: (typeof STATUS_WORDS)[number]) => w.toLowerCase() as TicketStatus;
const toPriority = (w: (typeof PRIORITY_WORDS)[number]) => w.toLowerCase() as TicketPriority;

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
const suiteReply = z.object({ id: z.string(), author: z.enum(["staff", "customer"]), message: z.string(), created_at: z.string() });

function toSuiteTicket(t: TicketRecord): z.infer<typeof suiteTicket> {
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
const toSuiteReply = (r: TicketReplyRecord): z.infer<typeof suiteReply> => ({
  id: r.id,
  author: r.authorType === "customer" ? "customer" : "staff",
  message: r.message,
  created_at: r.createdAt.toISOString(),
});

export const listSuiteTickets = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/tickets",
  summary: "List tickets",
  description: "By id. `status` Open, Closed or Pending; `priority` Low, Medium, High or Urgent (both case-insensitive).",
  auth: "tenant",
  scope: "read:support",
  query: z.object({
    ...pageFields,
    status: statusIn.optional(),
    priority: priorityIn.optional(),
    department_id: suiteRefId("Department").optional(),
    customer_id: suiteRefId("Customer").optional(),
  }),
  response: listEnvelope(suiteTicket),
  async handler({ ctx, query }) {
    const page = await listTickets(ctx, {
      page: query.page,
      limit: query.limit,
      status: query.status ? toStatus(query.status) : undefined,
      priority: query.priority ? toPriority(query.priority) : undefined,
      departmentSeq: query.department_id,
      customerSeq: query.customer_id,
    });
    return { success: true as const, data: page.tickets.map(toSuiteTicket), meta: toPageMeta(query.page, query.limit, page.total) };
  },
});

export const createSuiteTicket = defineEndpoint({
  dialect: suite,
  method: "POST",
  path: "/api/v2/tickets",
  summary: "Create ticket",
  description: "201. New tickets are Open; `priority` defaults to Medium; customer and department must be the workspace's. Records `ticket.created`.",
  auth: "tenant",
  scope: "write:support",
  body: z.object({
    customer_id: suiteRefId("Customer").nullable().optional(),
    subject: z.string({ error: "Subject is required" }).trim().min(1, "Subject is required").max(300),
    message: z.string({ error: "Message is required" }).trim().min(1, "Message is required").max(20_000),
    department_id: suiteRefId("Department").nullable().optional(),
    priority: priorityIn.optional(),
  }),
  response: itemEnvelope(suiteTicket),
  status: 201,
  async handler({ ctx, body }) {
    const ticket = await createTicket(ctx, {
      customerSeq: body.customer_id,
      departmentSeq: body.department_id,
      subject: body.subject,
      message: body.message,
      priority: body.priority ? toPriority(body.priority) : undefined,
    });
    return { success: true as const, data: toSuiteTicket(ticket) };
  },
});

export const getSuiteTicket = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/tickets/{id}",
  summary: "Get ticket",
  description: "The ticket with its replies, oldest first.",
  auth: "tenant",
  scope: "read:support",
  params: z.object({ id: suiteIdParam }),
  response: itemEnvelope(suiteTicket.extend({ replies: z.array(suiteReply) })),
  async handler({ ctx, params }) {
    const ticket = await getTicket(ctx, params.id);
    return { success: true as const, data: { ...toSuiteTicket(ticket), replies: ticket.replies.map(toSuiteReply) } };
  },
});

export const updateSuiteTicket = defineEndpoint({
  dialect: suite,
  method: "PUT",
  path: "/api/v2/tickets/{id}",
  summary: "Update ticket",
  description: "Changes status, priority, department_id, assigned_to (a user id) or subject/message. Closing stamps `closed_at`; reopening clears it.",
  auth: "tenant",
  scope: "write:support",
  params: z.object({ id: suiteIdParam }),
  body: z.object({
    status: statusIn.optional(),
    priority: priorityIn.optional(),
    department_id: suiteRefId("Department").nullable().optional(),
    assigned_to: suiteRefId("User").nullable().optional(),
    customer_id: suiteRefId("Customer").nullable().optional(),
    subject: z.string().trim().min(1, "Subject is required").max(300).optional(),
    message: z.string().trim().min(1, "Message is required").max(20_000).optional(),
  }),
  response: itemEnvelope(suiteTicket),
  async handler({ ctx, params, body }) {
    const ticket = await updateTicket(ctx, params.id, {
      status: body.status ? toStatus(body.status) : undefined,
      priority: body.priority ? toPriority(body.priority) : undefined,
      departmentSeq: body.department_id,
      assigneeSeq: body.assigned_to,
      customerSeq: body.customer_id,
      subject: body.subject,
      message: body.message,
    });
    return { success: true as const, data: toSuiteTicket(ticket) };
  },
});

export const replySuiteTicket = defineEndpoint({
  dialect: suite,
  method: "POST",
  path: "/api/v2/tickets/{id}/replies",
  summary: "Reply to ticket",
  description: "201. `author` staff (default) or customer; a customer's reply reopens a Pending or Closed ticket; `status` sets it with the reply.",
  auth: "tenant",
  scope: "write:support",
  params: z.object({ id: suiteIdParam }),
  body: z.object({
    message: z.string({ error: "Message is required" }).trim().min(1, "Message is required").max(20_000),
    author: z.enum(["staff", "customer"], { error: "Author must be staff or customer" }).optional(),
    status: statusIn.optional(),
  }),
  response: itemEnvelope(z.object({ reply: suiteReply, ticket: suiteTicket })),
  status: 201,
  async handler({ ctx, params, body }) {
    const result = await addTicketReply(ctx, params.id, {
      message: body.message,
      authorType: body.author,
      status: body.status ? toStatus(body.status) : undefined,
      userId: ctx.actor.type === "user" ? ctx.actor.id : null,
    });
    return { success: true as const, data: { reply: toSuiteReply(result.reply), ticket: toSuiteTicket(result.ticket) } };
  },
});

export const listSuiteDepartments = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/departments",
  summary: "List departments",
  description: "Every workspace starts with 1 Support, 2 Billing and 3 Sales.",
  auth: "tenant",
  scope: "read:support",
  query: z.object(pageFields),
  response: listEnvelope(z.object({ id: z.number().int(), name: z.string(), email: z.string().nullable(), created_at: z.string() })),
  async handler({ ctx, query }) {
    const page = await listDepartments(ctx, query);
    return {
      success: true as const,
      data: page.departments.map((d) => ({ id: d.seq, name: d.name, email: d.email, created_at: d.createdAt.toISOString() })),
      meta: toPageMeta(query.page, query.limit, page.total),
    };
  },
});
