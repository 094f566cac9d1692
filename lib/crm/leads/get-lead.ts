import { getDb } from "@/lib/db/client";
import { ownerScope } from "../access/access";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";
import { leadRecordSelect, type LeadRecord } from "./lead-record";

/** One lead; a rep asking for another rep's lead gets NotFound, exactly as for a missing one. */
export async function getLead(ctx: CrmContext, leadId: string): Promise<LeadRecord> {
  if (!isUuid(leadId)) throw new NotFound("Lead");
  const db = await getDb();
  const lead = await db.lead.findFirst({ where: { id: leadId, tenantId: ctx.tenantId, ...ownerScope(ctx) }, select: leadRecordSelect });
  if (!lead) throw new NotFound("Lead");
  return lead;
}
