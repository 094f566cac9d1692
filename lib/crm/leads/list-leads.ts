import { getDb, type Prisma } from "@/lib/db/client";
import type { LeadSource, LeadStatus } from "@/lib/db/generated/enums";
import { ownerScope } from "../access/access";
import type { CrmContext } from "../context";
import { decodeCursor, encodeCursor } from "../keyset-cursor";
import { newestLeadsAfter } from "./list-leads-sql";
import { leadSearchKey } from "./lead-search";
import { leadRecordSelect, type LeadRecord } from "./lead-record";
import { decodeLeadSortCursor, encodeLeadSortCursor, isDefaultLeadSort, leadOrderBy, leadSortSlices, type LeadSort } from "./lead-sort";

/** The filters a lead listing (and the lead export) accepts. */
export interface LeadFilter {
  status?: LeadStatus;
  source?: LeadSource;
  assignedToId?: string;
  campaignId?: string;
  /** Created at or after. */
  createdFrom?: Date;
  /** Created strictly before. */
  createdTo?: Date;
  /** Name, email, company or phone, ignoring case, spaces and punctuation (lead-search.ts). */
  search?: string;
  /** Only these leads (an export of a selection); at most a page's worth. */
  ids?: string[];
}

export interface LeadPageRequest extends LeadFilter {
  limit: number;
  cursor?: string;
  /** Default newest first (created, desc); a cursor belongs to the sort it was made under. */
  sort?: LeadSort;
}

export interface LeadPage {
  leads: LeadRecord[];
  nextCursor: string | null;
}

/**
 * The tenant-scoped `where` of a lead filter. Search matches "searchText"
 * (lead-search.ts), served by a trigram GIN index on PostgreSQL, so it stays
 * fast at millions of rows. A rep
 * sees only their own and unassigned leads (lib/crm/access), so every list,
 * board, summary and export built on this where follows the role rules.
 */
export function leadWhere(ctx: CrmContext, filter: LeadFilter): Prisma.LeadWhereInput {
  const search = leadSearchKey(filter.search);
  const createdAt = filter.createdFrom || filter.createdTo ? { gte: filter.createdFrom, lt: filter.createdTo } : undefined;
  return {
    tenantId: ctx.tenantId,
    status: filter.status,
    source: filter.source,
    assignedToId: filter.assignedToId,
    campaignId: filter.campaignId,
    createdAt,
    ...(filter.ids ? { id: { in: filter.ids } } : {}),
    // In AND, not spread: keyset cursors add their own top-level OR.
    // insensitive: the key is lower-cased by JavaScript, the column by PostgreSQL; ILIKE absorbs any difference.
    AND: [ownerScope(ctx), search === undefined ? {} : { searchText: { contains: search, mode: "insensitive" } }],
  };
}

/**
 * A page of leads by keyset: newest first (createdAt, id) unless another sort
 * is asked for (newestLeadsAfter: one raw statement), then (sort column, id). Constant cost per page at any depth,
 * each order read from an index (see lead-sort.ts).
 */
export async function listLeads(ctx: CrmContext, request: LeadPageRequest): Promise<LeadPage> {
  const sort = request.sort && !isDefaultLeadSort(request.sort) ? request.sort : undefined;
  if (!sort) {
    const rows = await newestLeadsAfter(ctx, request, request.cursor ? decodeCursor(request.cursor) : undefined, request.limit + 1);
    return page(rows, request.limit, encodeCursor);
  }
  const db = await getDb();
  const where = leadWhere(ctx, request);
  // Slices of the order after the cursor, read in turn (see leadSortSlices); in AND so they never replace a filter.
  const slices = request.cursor ? leadSortSlices(decodeLeadSortCursor(sort, request.cursor)) : [{}];
  const rows: LeadRecord[] = [];
  for (const slice of slices) {
    if (rows.length > request.limit) break;
    rows.push(
      ...(await db.lead.findMany({
        where: { AND: [where, slice] },
        orderBy: leadOrderBy(sort),
        take: request.limit + 1 - rows.length,
        select: leadRecordSelect,
      })),
    );
  }
  return page(rows, request.limit, (last) => encodeLeadSortCursor(sort, last));
}

function page(rows: LeadRecord[], limit: number, cursorOf: (last: LeadRecord) => string): LeadPage {
  const leads = rows.slice(0, limit);
  const last = leads.at(-1);
  return { leads, nextCursor: rows.length > limit && last ? cursorOf(last) : null };
}
