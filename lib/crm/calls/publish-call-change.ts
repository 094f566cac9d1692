import { publishLive } from "@/lib/live/live-bus";
import type { LiveCall } from "@/lib/live/live-event";
import type { CrmContext } from "../context";
import type { CallView } from "./call-view";
import type { FoldedCall } from "./fold-call";

/** What one stored ribbon event changed, as log-call-event.ts saw it inside its transaction. */
export interface CallChange {
  callId: string;
  callSid: string;
  event: string;
  created: boolean;
  /** The call's number of stored events after this one (see LiveCall.version). */
  version: number;
  folded: FoldedCall;
  customer: { customerId: string | null; name: string } | null;
  dialled: { scheduledCallIds: string[]; leadIds: string[] } | null;
  at: Date;
}

/**
 * Hands a committed change to the live bus (call.updated, and
 * scheduled-calls.dialled when the call marked the dialler's calls to its
 * number). Fire-and-forget: it returns before anything is sent.
 */
export function publishCallChange(ctx: CrmContext, change: CallChange): void {
  const { folded } = change;
  const at = change.at.toISOString();
  publishLive({
    type: "call.updated",
    tenantId: ctx.tenantId,
    event: change.event,
    created: change.created,
    at,
    call: {
      id: change.callId,
      sessionId: change.callSid,
      status: folded.status,
      direction: folded.direction,
      phoneNumber: folded.phoneNumber,
      customer: change.customer,
      startTime: folded.startTime.toISOString(),
      endTime: folded.endTime?.toISOString() ?? null,
      duration: folded.duration,
      version: change.version,
    },
  });
  if (change.dialled) {
    publishLive({ type: "scheduled-calls.dialled", tenantId: ctx.tenantId, ...change.dialled, callId: change.callId, sessionId: change.callSid, at });
  }
}

/** A call read from the database (the snapshot of active calls) in the live panel's shape. */
export function toLiveCall(call: CallView): LiveCall {
  return {
    id: call.id,
    sessionId: call.sessionId,
    status: call.status,
    direction: call.callDirection,
    phoneNumber: call.phoneNumber,
    customer: call.customer,
    startTime: call.startTime.toISOString(),
    endTime: call.endTime?.toISOString() ?? null,
    duration: call.duration,
    version: 0,
  };
}
