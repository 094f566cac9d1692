import { getDb } from "@/lib/db/client";
import { assertMayWrite } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { Conflict } from "../errors";
import { cancelPendingCalls } from "./cancel-pending-calls";
import { lockDiallerNumber } from "./dialler-lock";
import { DIALLER_TX } from "./dialler-transaction";
import { findQueuedCall } from "./find-queued-call";
import { publishQueueChange } from "./publish-queue-change";

/**
 * A rep takes a call off the queue (Cancel on /calls/queue): the same
 * conditional cancel as `POST /lead/cancel`, under the same per-number lock,
 * so a partner's /lead/add for the number afterwards schedules it again.
 */
export async function cancelQueuedCall(ctx: CrmContext, id: string, now = new Date()): Promise<void> {
  assertMayWrite(ctx);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const call = await findQueuedCall(tx, ctx, id);
    await lockDiallerNumber(tx, ctx.tenantId, call.phoneNormalized);
    const cancelled = await cancelPendingCalls(tx, { id: call.id, tenantId: ctx.tenantId }, now);
    // Dialled between the read and the update: the logged call won.
    if (cancelled.length === 0) throw new Conflict("This call was already dialled");
    await recordAudit(tx, ctx, { action: "scheduled_call.cancelled", entityType: "scheduled_call", entityId: call.id });
  }, DIALLER_TX);
  publishQueueChange(ctx, "cancelled", [id], now);
}
