import { Prisma } from "@/lib/db/generated/client";
import type { CallDirection, CallStatus } from "@/lib/db/generated/enums";

/** A call as the ribbon's reports show it (its `sessionId` is the callSid). */
export interface CallView {
  id: string;
  sessionId: string;
  startTime: Date;
  endTime: Date | null;
  /** Seconds; null while active. */
  duration: number | null;
  phoneNumber: string | null;
  callDirection: CallDirection | null;
  status: CallStatus;
  customer: { customerId: string | null; name: string } | null;
}

/** Select list for `FROM "Call" c LEFT JOIN "Customer" cu` (see callViewJoin). */
export const callViewColumns = Prisma.sql`c."id", c."callSid", c."startTime", c."endTime", c."duration", c."phoneNumber", c."direction", c."status", cu."externalId" AS "customerExternalId", cu."name" AS "customerName"`;
export const callViewJoin = Prisma.sql`LEFT JOIN "Customer" cu ON cu."id" = c."customerId" AND cu."tenantId" = c."tenantId"`;

export interface CallViewRow {
  id: string;
  callSid: string;
  startTime: Date | null;
  firstEventAt?: Date;
  endTime: Date | null;
  duration: number | null;
  phoneNumber: string | null;
  direction: CallDirection | null;
  status: CallStatus;
  customerExternalId: string | null;
  customerName: string | null;
}

export function toCallView(row: CallViewRow): CallView {
  return {
    id: row.id,
    sessionId: row.callSid,
    // The fold always sets a start; the epoch only guards a row written by hand.
    startTime: row.startTime ?? new Date(0),
    endTime: row.endTime,
    duration: row.duration,
    phoneNumber: row.phoneNumber,
    callDirection: row.direction,
    status: row.status,
    customer: row.customerName !== null ? { customerId: row.customerExternalId, name: row.customerName } : null,
  };
}
