import { getDb } from "@/lib/db/client";
import type { LeadSource, LeadStatus } from "@/lib/db/generated/enums";
import type { CrmContext } from "../context";
import { afterCursor, decodeCursor, encodeCursor } from "../keyset-cursor";
import { leadRecordSelect, type LeadRecord } from "./lead-record";

export interface LeadFilter {
  status?: LeadStatus;
  source?: LeadSource;
  assignedToId?: string;
  limit: number;
  cursor?: string;
}

export interface LeadPage {
  leads: LeadRecord[];
  nextCursor: string | null;
}

/** Newest first, by keyset (createdAt, id): constant cost per page at any depth. */
export async function listLeads(ctx: CrmContext, filter: LeadFilter): Promise<LeadPage> {
  const db = await getDb();
  const rows = await db.lead.findMany({
    where: {
      tenantId: ctx.tenantId,
      status: filter.status,
      source: filter.source,
      assignedToId: filter.assignedToId,
      ...afterCursor(filter.cursor ? decodeCursor(filter.cursor) : undefined),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: filter.limit + 1,
    select: leadRecordSelect,
  });
  const leads = rows.slice(0, filter.limit);
  const last = leads.at(-1);
  return { leads, nextCursor: rows.length > filter.limit && last ? encodeCursor(last) : null };
}
