import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { quoteWhere, type QuoteBrowseQuery } from "./quote-browse-filter";
import { quoteRecordSelect, type QuoteRecord } from "./quote-record";

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
