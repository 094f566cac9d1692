import type { CallDirection, CallStatus } from "@/lib/db/generated/enums";

/** One stored event of a call, as the fold reads it. */
export interface FoldableEvent {
  event: string;
  occurredAt: Date;
  callDirection: CallDirection | null;
  phoneNumber: string | null;
  /** Seconds, as the event carried it (only a `callEnded` one counts). */
  duration: number | null;
  customerExternalId: string | null;
}

export interface FoldedCall {
  status: CallStatus;
  direction: CallDirection | null;
  startTime: Date;
  endTime: Date | null;
  duration: number | null;
  connected: boolean;
  phoneNumber: string | null;
  customerExternalId: string | null;
  firstEventAt: Date;
  lastEventAt: Date;
}

/**
 * The call a set of events describes (API.md "Calls"). Recomputed from every
 * stored event of the call each time one arrives, in time order, so the answer
 * does not depend on the order or the number of deliveries:
 * `connected`/`incoming` open it (the earliest is the start), `callEnded`
 * closes it (the latest one; duration from the event, else from connection to
 * end), and an `incoming` call that ends without `connected` is missed
 * (duration 0). Other event names are kept but change nothing here.
 */
export function foldCall(unsorted: readonly FoldableEvent[]): FoldedCall {
  if (unsorted.length === 0) throw new Error("foldCall needs at least one event");
  // Stable for equal times: callers pass events in their storage order.
  const events = [...unsorted].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const first = events[0]!;
  const last = events[events.length - 1]!;
  const opener = events.find((e) => e.event === "connected" || e.event === "incoming");
  const connectedAt = events.find((e) => e.event === "connected")?.occurredAt ?? null;
  const incoming = events.some((e) => e.event === "incoming");
  const ended = [...events].reverse().find((e) => e.event === "callEnded");
  const sentDuration = ended && ended.duration !== null && Number.isFinite(ended.duration) && ended.duration >= 0 ? Math.round(ended.duration) : null;

  const direction = events.find((e) => e.callDirection)?.callDirection ?? (incoming ? "inbound" : null);
  const startTime = opener?.occurredAt ?? (ended && sentDuration !== null ? new Date(ended.occurredAt.getTime() - sentDuration * 1000) : first.occurredAt);
  const missed = Boolean(ended) && incoming && connectedAt === null;
  let duration: number | null = null;
  if (ended && missed) duration = 0;
  else if (ended) duration = sentDuration ?? Math.max(0, Math.round((ended.occurredAt.getTime() - (connectedAt ?? startTime).getTime()) / 1000));

  return {
    status: !ended ? "active" : missed ? "missed" : "completed",
    direction,
    startTime,
    endTime: ended?.occurredAt ?? null,
    duration,
    connected: connectedAt !== null,
    phoneNumber: events.find((e) => e.phoneNumber)?.phoneNumber ?? null,
    customerExternalId: [...events].reverse().find((e) => e.customerExternalId)?.customerExternalId ?? null,
    firstEventAt: first.occurredAt,
    lastEventAt: last.occurredAt,
  };
}
