import type { Prisma } from "@/lib/db/client";
import type { CallDirection, CallStatus } from "@/lib/db/generated/enums";

/** What a call adds to the hourly rollup (see CallHourlyStat). */
export interface RollupState {
  startTime: Date;
  status: CallStatus;
  direction: CallDirection | null;
  duration: number | null;
}

type Vector = [calls: number, duration: number, inbound: number, outbound: number, missed: number, b0: number, b1: number, b2: number, b3: number, b4: number];

/** Bucket of a completed call's duration: <30 s, <1 min, <3 min, <5 min, longer (the same bounds as the SQL reports). */
export function durationBucketIndex(seconds: number): number {
  if (seconds < 30) return 0;
  if (seconds < 60) return 1;
  if (seconds < 180) return 2;
  if (seconds < 300) return 3;
  return 4;
}

function contribution(state: RollupState | null): Vector {
  const v: Vector = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  if (!state) return v;
  v[0] = 1;
  v[1] = state.duration ?? 0;
  v[2] = state.direction === "inbound" ? 1 : 0;
  v[3] = state.direction === "outbound" ? 1 : 0;
  v[4] = state.status === "missed" ? 1 : 0;
  if (state.status === "completed" && state.duration !== null) v[5 + durationBucketIndex(state.duration)] = 1;
  return v;
}

function hourOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);
}

/**
 * Moves a call's contribution in the hourly rollup from its stored state
 * (null for a new call) to its folded state, inside the log-call transaction:
 * one atomic upsert per touched hour (none when nothing changed). Run last in
 * the transaction, so the rollup row (shared by the hour's calls) is locked
 * only briefly.
 */
export async function moveCallRollupIn(tx: Prisma.TransactionClient, tenantId: string, before: RollupState | null, after: RollupState): Promise<void> {
  const from = contribution(before);
  const to = contribution(after);
  const deltas = new Map<number, Vector>();
  const add = (state: RollupState | null, v: Vector, sign: number) => {
    if (!state) return;
    const key = hourOf(state.startTime).getTime();
    const d = deltas.get(key) ?? ([0, 0, 0, 0, 0, 0, 0, 0, 0, 0] as Vector);
    v.forEach((n, i) => (d[i] = (d[i] ?? 0) + sign * n));
    deltas.set(key, d);
  };
  add(before, from, -1);
  add(after, to, 1);
  // Sequential on purpose: one transaction, one connection.
  for (const [hour, d] of [...deltas].sort((a, b) => a[0] - b[0])) {
    if (d.every((n) => n === 0)) continue;
    await tx.$executeRaw`
      INSERT INTO "CallHourlyStat" ("tenantId", "hour", "calls", "totalDuration", "inbound", "outbound", "missed", "b0", "b1", "b2", "b3", "b4")
      VALUES (${tenantId}::uuid, ${new Date(hour)}, ${d[0]}, ${d[1]}, ${d[2]}, ${d[3]}, ${d[4]}, ${d[5]}, ${d[6]}, ${d[7]}, ${d[8]}, ${d[9]})
      ON CONFLICT ("tenantId", "hour") DO UPDATE SET
        "calls" = "CallHourlyStat"."calls" + EXCLUDED."calls", "totalDuration" = "CallHourlyStat"."totalDuration" + EXCLUDED."totalDuration",
        "inbound" = "CallHourlyStat"."inbound" + EXCLUDED."inbound", "outbound" = "CallHourlyStat"."outbound" + EXCLUDED."outbound",
        "missed" = "CallHourlyStat"."missed" + EXCLUDED."missed", "b0" = "CallHourlyStat"."b0" + EXCLUDED."b0", "b1" = "CallHourlyStat"."b1" + EXCLUDED."b1",
        "b2" = "CallHourlyStat"."b2" + EXCLUDED."b2", "b3" = "CallHourlyStat"."b3" + EXCLUDED."b3", "b4" = "CallHourlyStat"."b4" + EXCLUDED."b4"`;
  }
}
