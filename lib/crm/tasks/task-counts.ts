import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CrmContext } from "../context";
import { endOfUtcDay, startOfUtcDay, type TaskScope } from "./task-where";
import { limitedToOwner } from "../access/access";

export interface TaskCounts {
  overdue: number;
  today: number;
  upcoming: number;
}

/** Open tasks by when they are due (UTC days), in one aggregate with FILTER: the same rule as openTaskWhere. */
export async function taskCounts(ctx: CrmContext, scope: TaskScope, now = new Date()): Promise<TaskCounts> {
  const db = await getDb();
  const me = ctx.actor.type === "user" ? ctx.actor.id : null;
  const mine = limitedToOwner(ctx) || scope === "mine";
  const owner = mine ? Prisma.sql`AND i."userId" = ${me ?? "00000000-0000-0000-0000-000000000000"}::uuid` : Prisma.empty;
  const rows = await db.$queryRaw<{ overdue: bigint; today: bigint; upcoming: bigint }[]>`
    SELECT count(*) FILTER (WHERE i."nextActionDate" < ${startOfUtcDay(now)}) AS overdue,
           count(*) FILTER (WHERE i."nextActionDate" >= ${startOfUtcDay(now)} AND i."nextActionDate" < ${endOfUtcDay(now)}) AS today,
           count(*) FILTER (WHERE i."nextActionDate" >= ${endOfUtcDay(now)}) AS upcoming
    FROM "Interaction" i
    WHERE i."tenantId" = ${ctx.tenantId}::uuid
      AND i."completedAt" IS NULL AND i."nextActionDate" IS NOT NULL
      AND (i."followedUpAt" IS NULL OR i."workflowKey" LIKE 'followup:%')
      ${owner}`;
  const row = rows[0];
  return { overdue: Number(row?.overdue ?? 0), today: Number(row?.today ?? 0), upcoming: Number(row?.upcoming ?? 0) };
}
