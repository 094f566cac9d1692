import { randomUUID } from "node:crypto";
import { getDb, getSql } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CallDirection, CallStatus } from "@/lib/db/generated/enums";
import type { CrmContext } from "../context";
import { linkExternalCustomerIn } from "../customers/link-external-customer";
import { Forbidden, LimitExceeded } from "../errors";
import { allowedDomainsOf } from "../tenants/allowed-domains";
import { callerAllowed } from "../tenants/init-ribbon";
import { usageMonth } from "../tenants/usage";
import { uuidV7 } from "../uuid-v7";
import type { CallEventInput, LoggedCallEvent } from "./call-event-input";
import { callEventFingerprint, newLogId } from "./call-event-fingerprint";
import { publishCallChange } from "./publish-call-change";

/** A row of crm_log_call_event (migration 20261126023000_log_call_function_rollup_shards). */
interface StoredRow {
  outcome: "customer" | "repeat" | "stored";
  log_id: string | null;
  call_id: string | null;
  created: boolean | null;
  version: number | null;
  status: CallStatus | null;
  direction: CallDirection | null;
  start_time: Date | null;
  end_time: Date | null;
  duration: number | null;
  phone_number: string | null;
  customer_external_id: string | null;
  customer_name: string | null;
  dialled_ids: string[] | null;
  dialled_lead_ids: string[] | null;
}

/**
 * Stores one ribbon event and folds it into its call (POST /api/ribbon/log-call).
 *
 * One database round trip, sent straight to the driver (lib/db/direct-sql.ts):
 * the SQL function crm_log_call_event does it all as one statement in its own
 * transaction (see its migration for the details):
 * upserts the call by its unique (tenant, callSid) and thereby row-locks it
 * (events of one call fold one after another), inserts the event unless its
 * logId or fingerprint is stored (then answers the stored logId, changes
 * nothing), recomputes the call from all its events (the rules of
 * fold-call.ts), links its customer, marks the dialler's scheduled calls to a
 * newly known number processed, records `call.completed` once, moves the
 * call's contribution in its shard of the hourly rollup and, last, counts a
 * new call against the month with one conditional increment (over the limit:
 * LimitExceeded, nothing kept). The rows every event of the tenant updates
 * (usage, rollup) are thus locked from the end of that statement to its
 * commit, inside the database, never across a round trip to this process.
 *
 * A customer the event names that does not exist yet is created first, in its
 * own transaction (createCustomerIn under the per-id advisory lock), and the
 * event is then stored: the function writes nothing when it answers "customer".
 *
 * After the commit (never awaited) the change goes to the live bus for the
 * tenant's open dashboards (lib/live).
 */
export async function logCallEvent(ctx: CrmContext, input: CallEventInput, now = new Date()): Promise<LoggedCallEvent> {
  const sql = await getSql();
  if (input.domain !== undefined) {
    if (!callerAllowed(input.domain, { origin: null }, await allowedDomainsOf(ctx.tenantId))) throw new Forbidden("Domain not allowed");
  }
  const occurredAt = input.timestamp ?? now;
  const logId =
    input.logId ??
    // The last 9 hex digits of a random UUID (pooled entropy: randomBytes costs a system call per event).
    newLogId(now, randomUUID().slice(-9));
  const fingerprint = callEventFingerprint(input.callSid, input.event, input.timestamp, input.data);
  const customerExternalId = input.customerData?.customerId ?? null;
  const store = async (): Promise<StoredRow> => {
    const stamp = now.getTime();
    try {
      const [row] = await sql<StoredRow>(Prisma.sql`
        SELECT * FROM crm_log_call_event(${ctx.tenantId}::uuid, ${input.callSid}, ${input.event}, ${JSON.stringify(input.data)}::jsonb,
          ${occurredAt}::timestamp(3), ${now}::timestamp(3), ${logId}, ${fingerprint}, ${input.domain ?? null}, ${customerExternalId},
          ${input.callDirection ?? null}::"CallDirection", ${usageMonth(now)}, ${uuidV7(stamp)}::uuid, ${uuidV7(stamp)}::uuid, ${uuidV7(stamp)}::uuid)`);
      if (!row) throw new Error("crm_log_call_event returned no row");
      return row;
    } catch (error) {
      if (error instanceof Error && error.message.includes("crm_monthly_call_limit")) {
        throw new LimitExceeded("Monthly call limit exceeded", secondsToNextMonth(now));
      }
      throw error;
    }
  };

  let row = await store();
  if (row.outcome === "customer" && customerExternalId) {
    const hint = input.customerData;
    const db = await getDb();
    await db.$transaction(
      (tx) =>
        linkExternalCustomerIn(tx, ctx, {
          customerId: customerExternalId,
          name: hint?.name,
          email: hint?.email,
          phone: hint?.phone ?? input.phoneNumber,
        }),
      { maxWait: 10_000, timeout: 15_000 },
    );
    row = await store();
    // Only if the customer was deleted in between; one more round settles it.
    if (row.outcome === "customer") throw new Error(`customer ${customerExternalId} vanished while its call was logged`);
  }
  if (row.outcome !== "stored") return { logId: row.log_id ?? logId, callId: row.call_id ?? "", duplicate: true };

  const callId = row.call_id!;
  publishCallChange(ctx, {
    callId,
    callSid: input.callSid,
    event: input.event,
    created: row.created ?? false,
    version: row.version ?? 1,
    folded: {
      status: row.status!,
      direction: row.direction,
      startTime: row.start_time!,
      endTime: row.end_time,
      duration: row.duration,
      phoneNumber: row.phone_number,
      customerExternalId: row.customer_external_id,
    },
    customer: row.customer_external_id !== null || row.customer_name ? { customerId: row.customer_external_id, name: row.customer_name ?? "" } : null,
    dialled: row.dialled_ids?.length ? { scheduledCallIds: row.dialled_ids, leadIds: row.dialled_lead_ids ?? [] } : null,
    at: now,
  });
  return { logId: row.log_id ?? logId, callId, duplicate: false };
}

function secondsToNextMonth(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  return Math.ceil((next - now.getTime()) / 1000);
}
