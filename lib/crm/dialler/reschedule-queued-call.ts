import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { assertMayWrite } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { Conflict, ValidationFailed } from "../errors";
import { DIALLER_TX } from "./dialler-transaction";
import { findQueuedCall } from "./find-queued-call";
import { publishQueueChange } from "./publish-queue-change";

const MAX_AHEAD_MS = 365 * 24 * 3600 * 1000;
/** A minute's grace for a time picked "now" in the browser. */
const PAST_GRACE_MS = 60 * 1000;

export const rescheduleInput = z.object({ scheduledFor: z.coerce.date({ error: "Enter a date and time" }) });

/**
 * A rep tried the number and puts the call off (Reschedule on /calls/queue):
 * the call moves to the new time and counts one more attempt. The time must
 * be from now to a year ahead. One conditional update, so a call dialled
 * meanwhile is not brought back.
 */
export async function rescheduleQueuedCall(
  ctx: CrmContext,
  id: string,
  input: { scheduledFor: Date | string },
  now = new Date(),
): Promise<{ scheduledFor: Date; attempts: number }> {
  assertMayWrite(ctx);
  const parsed = rescheduleInput.safeParse(input);
  if (!parsed.success) throw new ValidationFailed([{ field: "scheduledFor", message: "Enter a date and time" }]);
  const { scheduledFor } = parsed.data;
  if (scheduledFor.getTime() < now.getTime() - PAST_GRACE_MS) throw new ValidationFailed([{ field: "scheduledFor", message: "Pick a time from now on" }]);
  if (scheduledFor.getTime() > now.getTime() + MAX_AHEAD_MS) throw new ValidationFailed([{ field: "scheduledFor", message: "Pick a time within a year" }]);
  const db = await getDb();
  const result = await db.$transaction(async (tx) => {
    const call = await findQueuedCall(tx, ctx, id);
    const [updated] = await tx.scheduledCall.updateManyAndReturn({
      where: { id: call.id, tenantId: ctx.tenantId, status: "scheduled" },
      data: { scheduledFor, attempts: { increment: 1 }, lastAttemptAt: now },
      select: { scheduledFor: true, attempts: true },
    });
    if (!updated) throw new Conflict("This call was already dialled");
    await recordAudit(tx, ctx, {
      action: "scheduled_call.rescheduled",
      entityType: "scheduled_call",
      entityId: call.id,
      data: { scheduledFor: scheduledFor.toISOString() },
    });
    return updated;
  }, DIALLER_TX);
  publishQueueChange(ctx, "rescheduled", [id], now);
  return result;
}
