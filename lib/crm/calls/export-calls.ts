import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CallDirection } from "@/lib/db/generated/enums";
import type { CrmContext } from "../context";
import { callCondition, type CallFilter } from "./call-filter";
import { callViewColumns, callViewJoin, toCallView, type CallView, type CallViewRow } from "./call-view";

const BATCH = 1000;

/**
 * The calls a filter covers, oldest first, in batches read by keyset
 * (startTime, id) over the tenant's start-time index: memory stays flat
 * however many calls there are, and the caller streams each batch out.
 */
export async function* exportCalls(ctx: CrmContext, filter: CallFilter, only: { direction?: CallDirection } = {}): AsyncGenerator<CallView[]> {
  const tenantCondition = await callCondition(ctx, filter);
  if (!tenantCondition) return;
  // The call log page exports its direction filter too (the (tenantId, direction, startTime) index).
  const condition = only.direction ? Prisma.sql`${tenantCondition} AND c."direction" = ${only.direction}::"CallDirection"` : tenantCondition;
  const db = await getDb();
  let after: { startTime: Date; id: string } | null = null;
  for (;;) {
    const rows: CallViewRow[] = await db.$queryRaw<CallViewRow[]>(exportBatchQuery(condition, after, BATCH));
    if (rows.length === 0) return;
    yield rows.map(toCallView);
    if (rows.length < BATCH) return;
    const last: CallViewRow = rows[rows.length - 1]!;
    after = { startTime: last.startTime ?? new Date(0), id: last.id };
  }
}

/** One batch; the order (startTime asc, id desc) is the index (startTime desc, id) read backwards. */
export function exportBatchQuery(condition: Prisma.Sql, after: { startTime: Date; id: string } | null, limit: number): Prisma.Sql {
  // The range condition on startTime alone lets the index start at the position (the OR alone would not).
  const position = after
    ? Prisma.sql`AND c."startTime" >= ${after.startTime} AND (c."startTime" > ${after.startTime} OR c."id" < ${after.id}::uuid)`
    : Prisma.empty;
  return Prisma.sql`SELECT ${callViewColumns} FROM "Call" c ${callViewJoin}
    WHERE ${condition} AND c."startTime" IS NOT NULL ${position}
    ORDER BY c."startTime" ASC, c."id" DESC LIMIT ${limit}`;
}
