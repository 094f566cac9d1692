import type { CallDirection } from "@/lib/db/generated/enums";

/** One ribbon event, in domain terms (the dialect maps the wire shape to this). */
export interface CallEventInput {
  /** The caller's own id for the event; generated when absent. A repeat is stored once. */
  logId?: string;
  event: string;
  callSid: string;
  phoneNumber?: string;
  callDirection?: CallDirection;
  /** Seconds. */
  duration?: number;
  customerData?: { customerId?: string; name?: string; email?: string; phone?: string };
  /** When the event happened; the time of arrival when absent. */
  timestamp?: Date;
  domain?: string;
  /** The event's `data` object as sent, kept for the call logs. */
  data: Record<string, unknown>;
}

export interface LoggedCallEvent {
  logId: string;
  callId: string;
  /** True when this event had been stored before (same logId or same fingerprint). */
  duplicate: boolean;
}
