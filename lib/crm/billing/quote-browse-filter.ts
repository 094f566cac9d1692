import type { Prisma } from "@/lib/db/client";
import type { QuoteStatus } from "@/lib/db/generated/enums";
import { ownerScope } from "../access/access";
import type { CrmContext } from "../context";

export interface QuoteBrowseQuery {
  status?: QuoteStatus;
  /** Quote number or customer name, case-insensitive. */
  search?: string;
  page: number;
  limit: number;
}

/** The quotes a search names, tenant- and owner-scoped: shared by the page and its status-tab counts. */
export function quoteWhere(ctx: CrmContext, query: Pick<QuoteBrowseQuery, "search">): Prisma.QuoteWhereInput {
  const where: Prisma.QuoteWhereInput = { tenantId: ctx.tenantId, customer: ownerScope(ctx) };
  const term = query.search?.trim();
  if (term) where.OR = [{ number: { contains: term, mode: "insensitive" } }, { customer: { name: { contains: term, mode: "insensitive" } } }];
  return where;
}
