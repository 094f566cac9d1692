import { notFound } from "next/navigation";
import type { CrmContext } from "@/lib/crm/context";
import { NotFound } from "@/lib/crm/errors";
import type { QuoteRecord } from "@/lib/crm/billing/quote-record";
import { getQuote } from "@/lib/crm/billing/get-quote";
import { seqParam } from "@/lib/http/page-query";

/** The quote named by the URL's number, or the 404 page (missing, foreign or another rep's customer alike). */
export async function quoteByNumber(ctx: CrmContext, id: string): Promise<QuoteRecord> {
  return getQuote(ctx, seqParam(id)).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
}
