import { publishLive } from "@/lib/live/live-bus";
import type { ScheduledCallsChangedEvent } from "@/lib/live/live-event";
import type { CrmContext } from "../context";

/** Tells open call queues of the tenant that scheduled calls were added, cancelled or rescheduled. Call it after the commit; fire-and-forget. */
export function publishQueueChange(ctx: CrmContext, change: ScheduledCallsChangedEvent["change"], scheduledCallIds: string[], at = new Date()): void {
  if (scheduledCallIds.length === 0) return;
  publishLive({ type: "scheduled-calls.changed", tenantId: ctx.tenantId, change, scheduledCallIds, at: at.toISOString() });
}
