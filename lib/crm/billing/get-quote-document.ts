import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { billedToSelect } from "./billed-to";
import { getQuote } from "./get-quote";

/**
 * A quote as a document for its page: the quote (scoped as `getQuote`: a rep
 * sees their own and unassigned customers' only), who it is from (the
 * workspace) and to (the customer with addresses).
 */
export async function getQuoteDocument(ctx: CrmContext, seq: number) {
  const quote = await getQuote(ctx, seq);
  const db = await getDb();
  const customer = await db.customer.findFirst({
    where: { tenantId: ctx.tenantId, id: quote.customer.id },
    select: { ...billedToSelect, tenant: { select: { name: true } } },
  });
  if (!customer) throw new NotFound("Quote");
  const { tenant, ...billedTo } = customer;
  return { ...quote, customer: billedTo, tenant };
}

export type QuoteDocument = Awaited<ReturnType<typeof getQuoteDocument>>;
