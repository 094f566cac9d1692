import type { CallDirection, CallStatus } from "@/lib/db/generated/enums";

/**
 * What the live bus carries, per tenant. JSON-safe (times as ISO strings):
 * the same object travels through PostgreSQL NOTIFY, Redis and the browser.
 * Add a member here (and its topic in LIVE_TOPICS) for a new kind of update.
 */
export type LiveEvent = CallUpdatedEvent | ScheduledCallsDialledEvent | ScheduledCallsChangedEvent;

/** A call as the live panel shows it. */
export interface LiveCall {
  id: string;
  sessionId: string;
  status: CallStatus;
  direction: CallDirection | null;
  phoneNumber: string | null;
  customer: { customerId: string | null; name: string } | null;
  startTime: string;
  endTime: string | null;
  /** Seconds; null while active. */
  duration: number | null;
  /**
   * How many events the call had after this one was stored. Events of one call
   * are stored one after another (row lock), so a higher version is newer even
   * when two notifications overtake each other. 0: unknown (a snapshot row).
   */
  version: number;
}

/** A ribbon event changed a call (opened, updated or ended it). */
export interface CallUpdatedEvent {
  type: "call.updated";
  tenantId: string;
  /** The ribbon event that caused it ("connected", "incoming", "callEnded", …). */
  event: string;
  /** True when this event created the call (it counts as a new call in the summary). */
  created: boolean;
  call: LiveCall;
  at: string;
}

/** A call to a number marked the dialler's scheduled calls to it dialled ("processed"). */
export interface ScheduledCallsDialledEvent {
  type: "scheduled-calls.dialled";
  tenantId: string;
  scheduledCallIds: string[];
  leadIds: string[];
  callId: string;
  sessionId: string;
  at: string;
}

/** The call queue changed otherwise: calls scheduled (POST /lead/add), cancelled (/lead/cancel, the queue) or rescheduled. */
export interface ScheduledCallsChangedEvent {
  type: "scheduled-calls.changed";
  tenantId: string;
  change: "added" | "cancelled" | "rescheduled";
  scheduledCallIds: string[];
  at: string;
}

export type LiveTopic = "calls" | "dialler";

/** Which topic each event belongs to (the SSE endpoint's `topics` filter). */
export const LIVE_TOPICS: Record<LiveEvent["type"], LiveTopic> = {
  "call.updated": "calls",
  "scheduled-calls.dialled": "dialler",
  "scheduled-calls.changed": "dialler",
};
