import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CrmContext } from "../context";
import { callViewColumns, callViewJoin, toCallView, type CallView, type CallViewRow } from "./call-view";

/** At most this many events are shown for one call (a ribbon could send any number). */
export const CALL_TIMELINE_LIMIT = 500;

export interface CallTimelineEvent {
  logId: string;
  event: string;
  occurredAt: Date;
  receivedAt: Date;
  domain: string | null;
  data: Record<string, unknown>;
}

export interface CallDetail {
  call: CallView;
  /** The customer's own id (for /customers/<id>) and the integrator's. */
  customer: { id: string; externalId: string | null; name: string } | null;
  lead: { id: string; name: string } | null;
  /** The dialler's scheduled calls this call completed (marked dialled). */
  scheduledCalls: { id: string; leadId: string; leadName: string; type: string; scheduledFor: Date; processedAt: Date | null }[];
  events: CallTimelineEvent[];
  eventCount: number;
}

/** A call by its sessionId (the ribbon's callSid) with its events in time order; null when missing or another tenant's. */
export async function getCallDetail(ctx: CrmContext, sessionId: string): Promise<CallDetail | null> {
  const db = await getDb();
  const [row] = await db.$queryRaw<(CallViewRow & { customerUuid: string | null; leadId: string | null })[]>(Prisma.sql`
    SELECT ${callViewColumns}, c."customerId" AS "customerUuid", c."leadId"
    FROM "Call" c ${callViewJoin}
    WHERE c."tenantId" = ${ctx.tenantId}::uuid AND c."callSid" = ${sessionId}`);
  if (!row) return null;
  const where = { tenantId: ctx.tenantId, callSid: sessionId };
  const [events, eventCount, lead, scheduled] = await Promise.all([
    db.callEvent.findMany({
      where,
      orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
      take: CALL_TIMELINE_LIMIT,
      select: { logId: true, event: true, occurredAt: true, receivedAt: true, domain: true, data: true },
    }),
    db.callEvent.count({ where }),
    row.leadId ? db.lead.findFirst({ where: { tenantId: ctx.tenantId, id: row.leadId }, select: { id: true, name: true } }) : null,
    db.scheduledCall.findMany({
      where: { tenantId: ctx.tenantId, callId: row.id },
      orderBy: { scheduledFor: "asc" },
      take: 20,
      select: { id: true, leadId: true, scheduledFor: true, processedAt: true, lead: { select: { name: true } }, leadType: { select: { name: true } } },
    }),
  ]);
  const call = toCallView(row);
  return {
    call,
    customer: row.customerUuid && call.customer ? { id: row.customerUuid, externalId: call.customer.customerId, name: call.customer.name } : null,
    lead,
    scheduledCalls: scheduled.map((s) => ({
      id: s.id,
      leadId: s.leadId,
      leadName: s.lead.name,
      type: s.leadType.name,
      scheduledFor: s.scheduledFor,
      processedAt: s.processedAt,
    })),
    events: events.map((e) => ({ ...e, data: e.data && typeof e.data === "object" && !Array.isArray(e.data) ? (e.data as Record<string, unknown>) : {} })),
    eventCount,
  };
}
