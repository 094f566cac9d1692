import { Prisma } from "@/lib/db/generated/client";
import type { CallDirection, CallStatus } from "@/lib/db/generated/enums";

/** What a call adds to the hourly rollup (see CallHourlyStat). */
export interface RollupState {
  startTime: Date;
  status: CallStatus;
  direction: CallDirection | null;
  duration: number | null;
}

/** calls, duration, inbound, outbound, missed, b0..b4 */
type Vector = number[];

/** Bucket of a completed call's duration: <30 s, <1 min, <3 min, <5 min, longer (the same bounds as the SQL reports). */
export function durationBucketIndex(seconds: number): number {
  if (seconds < 30) return 0;
  if (seconds < 60) return 1;
  if (seconds < 180) return 2;
  if (seconds < 300) return 3;
  return 4;
}

function contribution(state: RollupState | null): Vector {
  const v: Vector = Array<number>(10).fill(0);
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
 * The change of a call's contribution to the hourly rollup when it goes from
 * its stored state (null for a new call) to its folded state: one row per
 * touched hour, in hour order, none when nothing changed.
 */
export function rollupDeltas(before: RollupState | null, after: RollupState): { hour: Date; delta: number[] }[] {
  const deltas = new Map<number, number[]>();
  const add = (state: RollupState | null, sign: number) => {
    if (!state) return;
    const key = hourOf(state.startTime).getTime();
    const d = deltas.get(key) ?? Array<number>(10).fill(0);
    contribution(state).forEach((n, i) => (d[i] = (d[i] ?? 0) + sign * n));
    deltas.set(key, d);
  };
  add(before, -1);
  add(after, 1);
  return [...deltas]
    .filter(([, d]) => d.some((n) => n !== 0))
    .sort((a, b) => a[0] - b[0])
    .map(([hour, delta]) => ({ hour: new Date(hour), delta }));
}

/**
 * A CTE named `rollup` applying the deltas with one atomic multi-row upsert;
 * with `onlyIf` (a CTE name), only when that CTE returned a row.
 */
export function rollupCte(tenantId: string, deltas: { hour: Date; delta: number[] }[], onlyIf?: string): Prisma.Sql {
  const rows = deltas.map(({ hour, delta }) => Prisma.sql`(${tenantId}::uuid, ${hour}::timestamp(3), ${Prisma.join(delta.map((n) => Prisma.sql`${n}::int`))})`);
  return Prisma.sql`rollup AS (
    INSERT INTO "CallHourlyStat" ("tenantId", "hour", "calls", "totalDuration", "inbound", "outbound", "missed", "b0", "b1", "b2", "b3", "b4")
    SELECT * FROM (VALUES ${Prisma.join(rows)}) AS v ${onlyIf ? Prisma.sql`WHERE EXISTS (SELECT 1 FROM ${Prisma.raw(onlyIf)})` : Prisma.empty}
    ON CONFLICT ("tenantId", "hour") DO UPDATE SET
      "calls" = "CallHourlyStat"."calls" + EXCLUDED."calls", "totalDuration" = "CallHourlyStat"."totalDuration" + EXCLUDED."totalDuration",
      "inbound" = "CallHourlyStat"."inbound" + EXCLUDED."inbound", "outbound" = "CallHourlyStat"."outbound" + EXCLUDED."outbound",
      "missed" = "CallHourlyStat"."missed" + EXCLUDED."missed", "b0" = "CallHourlyStat"."b0" + EXCLUDED."b0", "b1" = "CallHourlyStat"."b1" + EXCLUDED."b1",
      "b2" = "CallHourlyStat"."b2" + EXCLUDED."b2", "b3" = "CallHourlyStat"."b3" + EXCLUDED."b3", "b4" = "CallHourlyStat"."b4" + EXCLUDED."b4"
    RETURNING 1)`;
}
