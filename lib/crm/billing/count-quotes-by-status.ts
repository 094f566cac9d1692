import { getDb } from "@/lib/db/client";
import type { QuoteStatus } from "@/lib/db/generated/enums";
import type { CrmContext } from "../context";
import { quoteWhere, type QuoteBrowseQuery } from "./quote-browse-filter";

/** How many quotes each status tab holds under the same search (one grouped count). */
export async function countQuotesByStatus(ctx: CrmContext, query: Pick<QuoteBrowseQuery, "search">): Promise<Record<QuoteStatus, number>> {
  const db = await getDb();
  const groups = await db.quote.groupBy({ by: ["status"], where: quoteWhere(ctx, query), _count: { _all: true } });
  const counts: Record<QuoteStatus, number> = { draft: 0, sent: 0, accepted: 0, declined: 0, expired: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}
