"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/current-user";
import { cancelQueuedCall } from "@/lib/crm/dialler/cancel-queued-call";
import { rescheduleQueuedCall } from "@/lib/crm/dialler/reschedule-queued-call";
import { runAction, type ActionResult } from "@/lib/http/action-result";

export async function cancelQueuedCallAction(id: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("editRecords");
    await cancelQueuedCall(ctx, String(id));
    revalidatePath("/calls/queue");
    return null;
  });
}

/** `scheduledFor` is an ISO time: the browser turns the rep's local date and time into one. */
export async function rescheduleQueuedCallAction(
  id: string,
  input: { scheduledFor: string },
): Promise<ActionResult<{ scheduledFor: string; attempts: number }>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("editRecords");
    const result = await rescheduleQueuedCall(ctx, String(id), { scheduledFor: String(input.scheduledFor) });
    revalidatePath("/calls/queue");
    return { scheduledFor: result.scheduledFor.toISOString(), attempts: result.attempts };
  });
}
