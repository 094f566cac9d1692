"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/current-user";
import { addTicketReply } from "@/lib/crm/tickets/add-ticket-reply";
import { createTicket } from "@/lib/crm/tickets/create-ticket";
import { newTicketForm, ticketReplyForm, ticketTriageForm } from "@/lib/crm/tickets/ticket-schema";
import { updateTicket } from "@/lib/crm/tickets/update-ticket";
import { runAction, type ActionResult } from "@/lib/http/action-result";

const ticketNumber = z.coerce.number().int().positive();

/** Opens a ticket (the API's createTicket): a rep only for customers they can see, checked in the domain. */
export async function createTicketAction(input: unknown): Promise<ActionResult<{ seq: number }>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("editRecords");
    const values = newTicketForm.parse(input);
    const ticket = await createTicket(ctx, {
      customerId: values.customerId || null,
      departmentSeq: values.departmentSeq ? Number(values.departmentSeq) : null,
      subject: values.subject,
      message: values.message,
      priority: values.priority,
    });
    revalidatePath("/tickets");
    if (ticket.customer) revalidatePath(`/customers/${ticket.customer.id}`);
    return { seq: ticket.seq };
  });
}

/** A staff reply, signed by the user, optionally setting the status (the API's addTicketReply). */
export async function replyToTicketAction(seq: number, input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("editRecords");
    const values = ticketReplyForm.parse(input);
    await addTicketReply(ctx, ticketNumber.parse(seq), {
      message: values.message,
      authorType: "staff",
      userId: ctx.actor.type === "user" ? ctx.actor.id : null,
      status: values.status || undefined,
    });
    revalidatePath(`/tickets/${seq}`);
    revalidatePath("/tickets");
    return null;
  });
}

/** Status, priority, department and assignee from the side panel. */
export async function triageTicketAction(seq: number, input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("editRecords");
    const values = ticketTriageForm.parse(input);
    await updateTicket(ctx, ticketNumber.parse(seq), {
      status: values.status,
      priority: values.priority,
      departmentSeq: values.departmentSeq ? Number(values.departmentSeq) : null,
      assigneeSeq: values.assigneeSeq ? Number(values.assigneeSeq) : null,
    });
    revalidatePath(`/tickets/${seq}`);
    revalidatePath("/tickets");
    return null;
  });
}
