import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CallDirection, CallStatus } from "@/lib/db/generated/enums";
import type { CrmContext } from "../context";
import { linkExternalCustomerIn } from "../customers/link-external-customer";
import { dialledCte } from "../dialler/mark-dialled";
import { Forbidden, LimitExceeded } from "../errors";
import { recordEvent } from "../events/record-event";
import { normalizePhone } from "../phone";
import { allowedDomainsOf } from "../tenants/allowed-domains";
import { callerAllowed } from "../tenants/init-ribbon";
import { usageMonth } from "../tenants/usage";
import { uuidV7 } from "../uuid-v7";
import type { CallEventInput, LoggedCallEvent } from "./call-event-input";
import { callEventFingerprint, newLogId } from "./call-event-fingerprint";
import { rollupCte, rollupDeltas } from "./call-rollup";
import { foldCall, type FoldableEvent } from "./fold-call";
import { publishCallChange, type CallChange } from "./publish-call-change";

/** Thrown inside the transaction to undo a call created for an event that turned out to be a repeat. */
class RepeatedEvent extends Error {
  constructor(readonly logId: string) {
    super("repeated event");
  }
}

/**
 * Stores one ribbon event and folds it into its call (POST /api/ribbon/log-call).
 *
 * In one transaction, concurrency-safe on PostgreSQL:
 * 1. the call row is upserted by its unique (tenant, callSid) and thereby
 *    row-locked, so events of one call are folded one after another;
 * 2. the event is inserted unless its logId or fingerprint is already stored
 *    (then the stored logId is answered and nothing changes);
 * 3. the call is recomputed from all its events (foldCall), linked to the
 *    tenant's customer with `customerData.customerId` (created when absent)
 *    and, when its number becomes known, marks the dialler's scheduled calls
 *    to that number processed;
 * 4. `call.completed` is recorded the first time the call is completed
 *    (once, even when late events make it missed and then completed again);
 * 5. last, as they are rows every event of the tenant updates: a call that
 *    did not exist counts against this month's limit with one atomic
 *    conditional increment (over the limit: LimitExceeded, nothing kept), and
 *    the call's contribution to the hourly rollup (CallHourlyStat) moves from
 *    its stored state to the folded one.
 *
 * After the commit (never inside the transaction, never awaited) the change
 * goes to the live bus for the tenant's open dashboards (lib/live).
 */
export async function logCallEvent(ctx: CrmContext, input: CallEventInput, now = new Date()): Promise<LoggedCallEvent> {
  const db = await getDb();
  if (input.domain !== undefined) {
    if (!callerAllowed(input.domain, { origin: null }, await allowedDomainsOf(ctx.tenantId))) throw new Forbidden("Domain not allowed");
  }
  const occurredAt = input.timestamp ?? now;
  const logId =
    input.logId ??
    newLogId(
      now,
      randomBytes(7)
        .toString("base64url")
        .toLowerCase()
        .replace(/[^a-z0-9]/g, "0")
        .slice(0, 9),
    );
  const fingerprint = callEventFingerprint(input.callSid, input.event, input.timestamp, input.data);
  try {
    // Events of one call queue on its row lock; under a burst they wait for a connection longer than Prisma's 2 s default.
    const { logged, change } = await db.$transaction((tx) => logIn(tx, ctx, input, { logId, fingerprint, occurredAt, now }), {
      maxWait: 10_000,
      timeout: 15_000,
    });
    if (change) publishCallChange(ctx, change);
    return logged;
  } catch (error) {
    if (error instanceof RepeatedEvent) return { logId: error.logId, callId: "", duplicate: true };
    throw error;
  }
}

interface Stamp {
  logId: string;
  fingerprint: string;
  occurredAt: Date;
  now: Date;
}

// Sequential on purpose: a transaction is one connection.
async function logIn(
  tx: Prisma.TransactionClient,
  ctx: CrmContext,
  input: CallEventInput,
  stamp: Stamp,
): Promise<{ logged: LoggedCallEvent; change: CallChange | null }> {
  const { tenantId } = ctx;
  const [call] = await tx.$queryRaw<
    {
      id: string;
      created: boolean;
      status: CallStatus;
      phoneNormalized: string | null;
      customerId: string | null;
      leadId: string | null;
      direction: CallDirection | null;
      startTime: Date | null;
      duration: number | null;
      completedEventAt: Date | null;
    }[]
  >`
    INSERT INTO "Call" ("id", "tenantId", "callSid", "status", "startTime", "firstEventAt", "lastEventAt", "updatedAt")
    VALUES (${uuidV7(stamp.now.getTime())}::uuid, ${tenantId}::uuid, ${input.callSid}, 'active', ${stamp.occurredAt}, ${stamp.occurredAt}, ${stamp.occurredAt}, ${stamp.now})
    ON CONFLICT ("tenantId", "callSid") DO UPDATE SET "updatedAt" = EXCLUDED."updatedAt"
    RETURNING "id", (xmax = 0) AS "created", "status", "phoneNormalized", "customerId", "leadId", "direction", "startTime", "duration", "completedEventAt"`;
  if (!call) throw new Error("call upsert returned no row");

  const customerExternalId = input.customerData?.customerId ?? null;
  const inserted = await tx.$queryRaw<{ logId: string }[]>`
    INSERT INTO "CallEvent" ("id", "tenantId", "logId", "fingerprint", "callId", "callSid", "event", "data", "occurredAt", "receivedAt", "domain", "customerExternalId", "callDirection")
    VALUES (${uuidV7(stamp.now.getTime())}::uuid, ${tenantId}::uuid, ${stamp.logId}, ${stamp.fingerprint}, ${call.id}::uuid, ${input.callSid}, ${input.event},
      ${JSON.stringify(input.data)}::jsonb, ${stamp.occurredAt}, ${stamp.now}, ${input.domain ?? null}, ${customerExternalId}, ${input.callDirection ?? call.direction}::"CallDirection")
    ON CONFLICT DO NOTHING
    RETURNING "logId"`;
  if (inserted.length === 0) {
    const stored = await tx.callEvent.findFirst({
      where: { tenantId, OR: [{ logId: stamp.logId }, { fingerprint: stamp.fingerprint }] },
      select: { logId: true },
    });
    const storedLogId = stored?.logId ?? stamp.logId;
    if (call.created) throw new RepeatedEvent(storedLogId);
    return { logged: { logId: storedLogId, callId: call.id, duplicate: true }, change: null };
  }

  const thisEvent: FoldableEvent = {
    event: input.event,
    occurredAt: stamp.occurredAt,
    callDirection: input.callDirection ?? call.direction,
    customerExternalId,
    phoneNumber: typeof input.data.phoneNumber === "string" && input.data.phoneNumber ? input.data.phoneNumber : null,
    duration: typeof input.data.duration === "number" ? input.data.duration : null,
  };
  // A new call has only this event: no need to read it back.
  const events = call.created
    ? [thisEvent]
    : await tx.$queryRaw<FoldableEvent[]>`
        SELECT "event", "occurredAt", "callDirection", "customerExternalId",
          NULLIF("data"->>'phoneNumber', '') AS "phoneNumber",
          CASE WHEN jsonb_typeof("data"->'duration') = 'number' THEN ("data"->>'duration')::float8 END AS "duration"
        FROM "CallEvent" WHERE "tenantId" = ${tenantId}::uuid AND "callSid" = ${input.callSid}
        ORDER BY "occurredAt", "id"`;
  const folded = foldCall(events);
  if (folded.direction && events.some((e) => e.callDirection === null)) {
    // Events that came before the direction was known get it, so call-logs can filter them by direction.
    await tx.$executeRaw`UPDATE "CallEvent" SET "callDirection" = ${folded.direction}::"CallDirection"
      WHERE "tenantId" = ${tenantId}::uuid AND "callSid" = ${input.callSid} AND "callDirection" IS NULL`;
  }

  let customerId = call.customerId;
  const linkTo = folded.customerExternalId;
  // Linked already when an earlier event named the same customer.
  const known = call.customerId !== null && events.filter((e) => e.customerExternalId === linkTo).length > 1;
  if (linkTo && customerExternalId && !known) {
    const hint = linkTo === customerExternalId ? input.customerData : undefined;
    customerId = await linkExternalCustomerIn(tx, ctx, {
      customerId: linkTo,
      name: hint?.name,
      email: hint?.email,
      phone: hint ? (hint.phone ?? input.phoneNumber) : undefined,
    });
  }
  const phoneNormalized = normalizePhone(folded.phoneNumber);
  // The dialler's scheduled calls to a newly known number are marked dialled in the same statement.
  const dialled = phoneNormalized && phoneNormalized !== call.phoneNormalized ? dialledCte(tenantId, phoneNormalized, call.id, stamp.now) : null;
  const completes = folded.status === "completed" && call.completedEventAt === null;
  const [saved] = await tx.$queryRaw<{ customerName: string | null; dialledIds: string[] | null; dialledLeadIds: string[] | null }[]>`
    ${dialled ? Prisma.sql`WITH ${dialled}` : Prisma.empty}
    UPDATE "Call" SET "status" = ${folded.status}::"CallStatus", "direction" = ${folded.direction}::"CallDirection",
      "startTime" = ${folded.startTime}, "endTime" = ${folded.endTime}, "duration" = ${folded.duration}, "connected" = ${folded.connected},
      "phoneNumber" = ${folded.phoneNumber}, "phoneNormalized" = ${phoneNormalized}, "customerId" = ${customerId}::uuid,
      "leadId" = ${dialled ? Prisma.sql`coalesce((SELECT "leadId" FROM dialled ORDER BY "createdAt" DESC LIMIT 1), "leadId")` : Prisma.sql`"leadId"`},
      "firstEventAt" = ${folded.firstEventAt}, "lastEventAt" = ${folded.lastEventAt}, "domain" = coalesce(${input.domain ?? null}, "domain"), "updatedAt" = ${stamp.now},
      "completedEventAt" = ${completes ? stamp.now : call.completedEventAt}
    WHERE "id" = ${call.id}::uuid
    RETURNING (SELECT cu."name" FROM "Customer" cu WHERE cu."id" = "Call"."customerId") AS "customerName",
      ${dialled ? Prisma.sql`(SELECT array_agg("id"::text) FROM dialled) AS "dialledIds", (SELECT array_agg(DISTINCT "leadId"::text) FROM dialled) AS "dialledLeadIds"` : Prisma.sql`NULL::text[] AS "dialledIds", NULL::text[] AS "dialledLeadIds"`}`;

  if (completes) {
    await recordEvent(tx, tenantId, "call.completed", {
      call_id: call.id,
      session_id: input.callSid,
      phone_number: folded.phoneNumber,
      direction: folded.direction,
      start_time: folded.startTime.toISOString(),
      end_time: folded.endTime?.toISOString() ?? null,
      duration: folded.duration,
      customer_id: folded.customerExternalId,
    });
  }
  // The rows every event of the tenant updates go last, in ONE statement just before commit, so their
  // row locks are held as briefly as possible: the month's usage (a new call counts; the conditional
  // increment returns nothing when the limit is used up) and the hour's rollup (only if counted).
  const before =
    call.created || !call.startTime ? null : { startTime: call.startTime, status: call.status, direction: call.direction, duration: call.duration };
  const deltas = rollupDeltas(before, folded);
  const usage = Prisma.sql`usage AS (
    INSERT INTO "TenantUsage" ("tenantId", "month", "calls")
    SELECT "id", ${usageMonth(stamp.now)}, 1 FROM "Tenant" WHERE "id" = ${tenantId}::uuid AND "monthlyCallLimit" > 0
    ON CONFLICT ("tenantId", "month") DO UPDATE SET "calls" = "TenantUsage"."calls" + 1
      WHERE "TenantUsage"."calls" < (SELECT "monthlyCallLimit" FROM "Tenant" WHERE "id" = ${tenantId}::uuid)
    RETURNING 1)`;
  if (call.created) {
    const ctes = deltas.length > 0 ? Prisma.sql`${usage}, ${rollupCte(tenantId, deltas, "usage")}` : usage;
    const [counted] = await tx.$queryRaw<{ counted: number }[]>`WITH ${ctes} SELECT (SELECT count(*) FROM usage)::int AS "counted"`;
    if (!counted?.counted) throw new LimitExceeded("Monthly call limit exceeded", secondsToNextMonth(stamp.now));
  } else if (deltas.length > 0) {
    await tx.$queryRaw`WITH ${rollupCte(tenantId, deltas)} SELECT count(*)::int AS "rows" FROM rollup`;
  }
  const change: CallChange = {
    callId: call.id,
    callSid: input.callSid,
    event: input.event,
    created: call.created,
    version: events.length,
    folded,
    customer: folded.customerExternalId !== null || saved?.customerName ? { customerId: folded.customerExternalId, name: saved?.customerName ?? "" } : null,
    dialled: saved?.dialledIds?.length ? { scheduledCallIds: saved.dialledIds, leadIds: saved.dialledLeadIds ?? [] } : null,
    at: stamp.now,
  };
  return { logged: { logId: stamp.logId, callId: call.id, duplicate: false }, change };
}

function secondsToNextMonth(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  return Math.ceil((next - now.getTime()) / 1000);
}
