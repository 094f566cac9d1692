import { getDb, type Prisma } from "@/lib/db/client";
import type { QuoteStatus } from "@/lib/db/generated/enums";
import { ownerScope } from "../access/access";
import type { CrmContext } from "../context";
import { quoteRecordSelect, type QuoteRecord } from "./quote-record";

export interface QuoteBrowseQuery {
  status?: QuoteStatus;
  /** Quote number or customer name, case-insensitive. */
  search?: string;
  page: number;
  limit: number;
}

function quoteWhere(ctx: CrmContext, query: Pick<QuoteBrowseQuery, "search">): Prisma.QuoteWhereInput {
  const where: Prisma.QuoteWhereInput = { tenantId: ctx.tenantId, customer: ownerScope(ctx) };
  const term = query.search?.trim();
  if (term) where.OR = [{ number: { contains: term, mode: "insensitive" } }, { customer: { name: { contains: term, mode: "insensitive" } } }];
  return where;
}

/** The quotes page: newest first (tenantId, createdAt desc, id index), a page at a time, reps limited to their customers' quotes. */
export async function browseQuotes(ctx: CrmContext, query: QuoteBrowseQuery): Promise<{ quotes: QuoteRecord[]; total: number }> {
  const where = quoteWhere(ctx, query);
  if (query.status) where.status = query.status;
  const db = await getDb();
  const [quotes, total] = await Promise.all([
    db.quote.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.limit,
      take: query.limit,
      select: quoteRecordSelect,
    }),
    db.quote.count({ where }),
  ]);
  return { quotes, total };
}

/** How many quotes each status tab holds under the same search (one grouped count). */
export async function countQuotesByStatus(ctx: CrmContext, query: Pick<QuoteBrowseQuery, "search">): Promise<Record<QuoteStatus, number>> {
  const db = await getDb();
  const groups = await db.quote.groupBy({ by: ["status"], where: quoteWhere(ctx, query), _count: { _all: true } });
  const counts: Record<QuoteStatus, number> = { draft: 0, sent: 0, accepted: 0, declined: 0, expired: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}
