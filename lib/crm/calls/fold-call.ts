import type { CallDirection, CallStatus } from "@/lib/db/generated/enums";

/**
 * The call a set of events describes (API.md "Calls"). Recomputed from every
 * stored event of the call each time one arrives, in time order (storage
 * order for equal times), so the answer does not depend on the order or the
 * number of deliveries:
 * `connected`/`incoming` open it (the earliest is the start), `callEnded`
 * closes it (the latest one; duration from the event, rounded, else from
 * connection, or the start, to the end), and an `incoming` call that ends
 * without `connected` is missed (duration 0). A `callEnded` alone starts at
 * its time minus its duration. Direction: the first event's that has one,
 * else inbound for an `incoming` call; phone number: the first event's;
 * customer: the latest event's. Other event names are kept but change nothing.
 *
 * Computed in SQL by crm_log_call_event (migration
 * 20261126023000_log_call_function_rollup_shards), inside the statement that
 * stores the event, so that log-call is one database round trip.
 */
export interface FoldedCall {
  status: CallStatus;
  direction: CallDirection | null;
  startTime: Date;
  endTime: Date | null;
  /** Seconds. */
  duration: number | null;
  phoneNumber: string | null;
  customerExternalId: string | null;
}
