import { notFound } from "next/navigation";
import { getInvoiceDocument, type InvoiceDocument } from "@/lib/crm/billing/get-invoice-document";
import type { CrmContext } from "@/lib/crm/context";
import { NotFound } from "@/lib/crm/errors";

/** For the invoice pages: the document, or Next's 404 page when it is missing, another tenant's or another rep's. */
export async function loadInvoiceDocument(ctx: CrmContext, id: string): Promise<InvoiceDocument> {
  try {
    return await getInvoiceDocument(ctx, id);
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
}
