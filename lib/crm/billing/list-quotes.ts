import { getDb, type Prisma } from "@/lib/db/client";
import type { QuoteStatus } from "@/lib/db/generated/enums";
import { ownerScope } from "../access/access";
import type { CrmContext } from "../context";
import { quoteRecordSelect, type QuoteRecord } from "./quote-record";

export async function listQuotes(
  ctx: CrmContext,
  query: { page: number; limit: number; status?: QuoteStatus; customerSeq?: number },
): Promise<{ quotes: QuoteRecord[]; total: number }> {
  const db = await getDb();
  const where: Prisma.QuoteWhereInput = { tenantId: ctx.tenantId, customer: ownerScope(ctx) };
  if (query.status) where.status = query.status;
  if (query.customerSeq !== undefined) where.customer = { ...ownerScope(ctx), tenantId: ctx.tenantId, seq: query.customerSeq };
  const [quotes, total] = await Promise.all([
    db.quote.findMany({ where, orderBy: { seq: "asc" }, skip: (query.page - 1) * query.limit, take: query.limit, select: quoteRecordSelect }),
    db.quote.count({ where }),
  ]);
  return { quotes, total };
}
