"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/current-user";
import { addTicketReply } from "@/lib/crm/tickets/add-ticket-reply";
import { ticketReplyForm, ticketTriageForm } from "@/lib/crm/tickets/ticket-schema";
import { updateTicket } from "@/lib/crm/tickets/update-ticket";
import { runAction, type ActionResult } from "@/lib/http/action-result";

const ticketNumber = z.coerce.number().int().positive();

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
