import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { ValidationFailed } from "../errors";
import { normalizePhone } from "../phone";
import { cancelPendingCalls } from "./cancel-pending-calls";
import { lockDiallerNumber } from "./dialler-lock";
import { DIALLER_TX } from "./dialler-transaction";
import { publishQueueChange } from "./publish-queue-change";

export type CancelOutcome = "cancelled" | "unknown_type" | "not_found" | "already_processed";

/**
 * Cancels the scheduled dialler call for a (type, number) of the caller's
 * tenant (POST /lead/cancel). Serialised with /lead/add by the same advisory
 * lock; the status change is one conditional update, so a call logged at the
 * same moment (which marks it processed) and a cancel cannot both win.
 * Nothing pending but a dialled one: "already processed"; nothing at all
 * (another tenant's lead included): "not found".
 */
export async function cancelScheduledCall(ctx: CrmContext, input: { type: string; mobile: string }, now = new Date()): Promise<CancelOutcome> {
  const phone = normalizePhone(input.mobile);
  if (!phone) throw new ValidationFailed([{ field: "mobile", message: "Mobile is not a valid phone number." }]);
  const db = await getDb();
  const { outcome, cancelledIds } = await db.$transaction(async (tx): Promise<{ outcome: CancelOutcome; cancelledIds: string[] }> => {
    await lockDiallerNumber(tx, ctx.tenantId, phone);
    const type = await tx.leadType.findFirst({ where: { tenantId: ctx.tenantId, name: input.type, active: true }, select: { id: true } });
    if (!type) return { outcome: "unknown_type", cancelledIds: [] };
    const where = { tenantId: ctx.tenantId, leadTypeId: type.id, phoneNormalized: phone };
    const cancelledIds = await cancelPendingCalls(tx, where, now);
    if (cancelledIds.length > 0) return { outcome: "cancelled", cancelledIds };
    const dialled = await tx.scheduledCall.findFirst({ where: { ...where, status: "processed" }, select: { id: true } });
    return { outcome: dialled ? "already_processed" : "not_found", cancelledIds };
  }, DIALLER_TX);
  publishQueueChange(ctx, "cancelled", cancelledIds, now);
  return outcome;
}
