import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CrmContext } from "../context";
import { findVisibleLead } from "../leads/find-visible-lead";
import { callViewColumns, callViewJoin, toCallView, type CallView } from "./call-view";

/** A lead's latest calls, newest first (the lead page); a lead the actor may not see is NotFound. */
export async function listLeadCalls(ctx: CrmContext, leadId: string, limit = 10): Promise<CallView[]> {
  const db = await getDb();
  const lead = await findVisibleLead(db, ctx, leadId);
  const rows = await db.$queryRaw<Parameters<typeof toCallView>[0][]>(Prisma.sql`SELECT ${callViewColumns} FROM "Call" c ${callViewJoin}
    WHERE c."tenantId" = ${ctx.tenantId}::uuid AND c."leadId" = ${lead.id}::uuid ORDER BY c."startTime" DESC, c."id" DESC LIMIT ${limit}`);
  return rows.map(toCallView);
}
