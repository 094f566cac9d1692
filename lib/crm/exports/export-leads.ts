import { getDb, type Prisma } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { afterCursor } from "../keyset-cursor";
import { leadWhere, type LeadFilter } from "../leads/list-leads";

/**
 * Only the columns the CSV writes: no lead type/subtype relations, which cost
 * two extra queries per page and a nested object per row for nothing.
 */
export const leadExportSelect = {
  id: true,
  name: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  company: true,
  source: true,
  status: true,
  score: true,
  value: true,
  notes: true,
  campaignId: true,
  assignedToId: true,
  lastContactAt: true,
  customFields: true,
  convertedAt: true,
  customerId: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.LeadSelect;

export type LeadExportRow = Prisma.LeadGetPayload<{ select: typeof leadExportSelect }>;

/**
 * The tenant's leads matching a filter, newest first, a page at a time from a
 * keyset cursor: at most one page is in memory, whatever the table's size.
 * Pages are read only as the consumer asks (a streamed CSV pulls them). Small
 * pages on purpose: each row is a Prisma object that is garbage once written,
 * and the fewer alive at once, the less the heap grows before V8 collects it.
 */
export async function* exportLeads(ctx: CrmContext, filter: LeadFilter, pageSize = 500): AsyncGenerator<LeadExportRow[]> {
  const db = await getDb();
  let after: { createdAt: Date; id: string } | undefined;
  for (;;) {
    const page = await db.lead.findMany({
      where: { ...leadWhere(ctx, filter), ...afterCursor(after) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: pageSize,
      select: leadExportSelect,
    });
    if (page.length === 0) return;
    yield page;
    if (page.length < pageSize) return;
    const last = page.at(-1)!;
    after = { createdAt: last.createdAt, id: last.id };
  }
}
