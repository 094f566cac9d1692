import { z } from "zod";
import { INVOICE_TABS } from "@/lib/crm/billing/invoice-browse-filter";

const day = z.iso.date().optional().catch(undefined);

/** The /invoices filters as they come from the URL; anything unreadable is simply ignored. */
export const invoiceListQuery = z.object({
  tab: z.enum(INVOICE_TABS).catch("all"),
  customer: z.uuid().optional().catch(undefined),
  customerName: z.string().max(200).optional().catch(undefined),
  from: day,
  to: day,
  search: z.string().trim().max(100).optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});
export type InvoiceListQuery = z.infer<typeof invoiceListQuery>;
