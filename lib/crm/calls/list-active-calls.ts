import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CrmContext } from "../context";
import { callViewColumns, callViewJoin, toCallView, type CallView } from "./call-view";
import type { CallViewRow } from "./call-view";

/** At most this many are listed (a ribbon that never sent callEnded leaves a call active). */
export const ACTIVE_CALLS_LIMIT = 500;

/** GET /api/ribbon/active-calls: calls opened and not yet ended, newest first. */
export async function listActiveCalls(ctx: CrmContext): Promise<CallView[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<CallViewRow[]>(Prisma.sql`
    SELECT ${callViewColumns} FROM "Call" c ${callViewJoin}
    WHERE c."tenantId" = ${ctx.tenantId}::uuid AND c."status" = 'active'
    ORDER BY c."startTime" DESC, c."id" DESC LIMIT ${ACTIVE_CALLS_LIMIT}`);
  return rows.map(toCallView);
}
