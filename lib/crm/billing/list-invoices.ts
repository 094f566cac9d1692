import { getDb, type Prisma } from "@/lib/db/client";
import type { InvoiceStatus } from "@/lib/db/generated/enums";
import { ownerScope } from "../access/access";
import type { CrmContext } from "../context";
import { dayToDate, invoiceRecordSelect, type InvoiceRecord } from "./invoice-record";

export interface InvoiceListQuery {
  page: number;
  limit: number;
  status?: InvoiceStatus;
  /** The customer's suite number. */
  customerSeq?: number;
  /** Issue date range, inclusive, `YYYY-MM-DD`. */
  dateFrom?: string;
  dateTo?: string;
}

export interface InvoicePage {
  invoices: InvoiceRecord[];
  total: number;
}

/** Numbered pages by invoice id (indexes: tenant+seq, tenant+status+seq, tenant+issueDate). */
export async function listInvoices(ctx: CrmContext, query: InvoiceListQuery): Promise<InvoicePage> {
  const db = await getDb();
  // A rep sees the invoices of their own and unassigned customers.
  const where: Prisma.InvoiceWhereInput = { tenantId: ctx.tenantId, customer: ownerScope(ctx) };
  if (query.status) where.status = query.status;
  if (query.customerSeq !== undefined) where.customer = { ...ownerScope(ctx), tenantId: ctx.tenantId, seq: query.customerSeq };
  if (query.dateFrom || query.dateTo) {
    where.issueDate = {
      ...(query.dateFrom ? { gte: dayToDate(query.dateFrom) } : {}),
      ...(query.dateTo ? { lte: dayToDate(query.dateTo) } : {}),
    };
  }
  const [invoices, total] = await Promise.all([
    db.invoice.findMany({ where, orderBy: { seq: "asc" }, skip: (query.page - 1) * query.limit, take: query.limit, select: invoiceRecordSelect }),
    db.invoice.count({ where }),
  ]);
  return { invoices, total };
}
