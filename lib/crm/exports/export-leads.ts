import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { afterCursor } from "../keyset-cursor";
import { leadWhere, type LeadFilter } from "../leads/list-leads";
import { leadRecordSelect, type LeadRecord } from "../leads/lead-record";

/**
 * The tenant's leads matching a filter, newest first, a page at a time from a
 * keyset cursor: at most one page is in memory, whatever the table's size.
 * Pages are read only as the consumer asks (a streamed CSV pulls them).
 */
export async function* exportLeads(ctx: CrmContext, filter: LeadFilter, pageSize = 2000): AsyncGenerator<LeadRecord[]> {
  const db = await getDb();
  let after: { createdAt: Date; id: string } | undefined;
  for (;;) {
    const page = await db.lead.findMany({
      where: { ...leadWhere(ctx, filter), ...afterCursor(after) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: pageSize,
      select: leadRecordSelect,
    });
    if (page.length === 0) return;
    yield page;
    if (page.length < pageSize) return;
    const last = page.at(-1)!;
    after = { createdAt: last.createdAt, id: last.id };
  }
}
