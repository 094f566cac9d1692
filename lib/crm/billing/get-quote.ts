import { getDb } from "@/lib/db/client";
import { ownerScope } from "../access/access";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { quoteRecordSelect, type QuoteRecord } from "./quote-record";

export async function getQuote(ctx: CrmContext, seq: number): Promise<QuoteRecord> {
  const db = await getDb();
  const quote = await db.quote.findFirst({ where: { tenantId: ctx.tenantId, seq, customer: ownerScope(ctx) }, select: quoteRecordSelect });
  if (!quote) throw new NotFound("Quote");
  return quote;
}
