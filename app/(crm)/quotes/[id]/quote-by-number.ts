import { notFound } from "next/navigation";
import type { CrmContext } from "@/lib/crm/context";
import { NotFound } from "@/lib/crm/errors";
import { getQuoteDocument, type QuoteDocument } from "@/lib/crm/billing/get-quote-document";
import type { QuoteRecord } from "@/lib/crm/billing/quote-record";
import { getQuote } from "@/lib/crm/billing/get-quote";
import { seqParam } from "@/lib/http/page-query";

/** Missing, foreign or another rep's customer's quote: the 404 page alike. */
function orNotFound(error: unknown): never {
  if (error instanceof NotFound) notFound();
  throw error;
}

/** The quote named by the URL's number, or the 404 page. */
export async function quoteByNumber(ctx: CrmContext, id: string): Promise<QuoteRecord> {
  return getQuote(ctx, seqParam(id)).catch(orNotFound);
}

/** The same, as a document (from, billed to with address). */
export async function quoteDocumentByNumber(ctx: CrmContext, id: string): Promise<QuoteDocument> {
  return getQuoteDocument(ctx, seqParam(id)).catch(orNotFound);
}
