import { Prisma } from "@/lib/db/generated/client";
import { ownerScopeSql } from "../access/access";
import type { CrmContext } from "../context";
import { dayToDate } from "./invoice-record";

/** The /invoices page's tabs: statuses, plus Overdue (unpaid or partly paid past the due date). */
export const INVOICE_TABS = ["all", "unpaid", "partially_paid", "paid", "overdue"] as const;
export type InvoiceTab = (typeof INVOICE_TABS)[number];

export interface InvoiceBrowseFilter {
  /** The customer's UUID. */
  customerId?: string;
  /** Issue date range, inclusive, `YYYY-MM-DD`. */
  dateFrom?: string;
  dateTo?: string;
  /** Invoice number or customer name, case-insensitive substring. */
  search?: string;
}

/**
 * FROM … WHERE for the filters every tab shares (alias `i` for the invoice,
 * `c` for its customer): the list and the tab totals read the same rows. A
 * rep sees their own and unassigned customers' invoices.
 */
export function invoiceBrowseFrom(ctx: CrmContext, filter: InvoiceBrowseFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`i."tenantId" = ${ctx.tenantId}::uuid`, ownerScopeSql(ctx, 'c."assignedToId"')];
  if (filter.customerId) conditions.push(Prisma.sql`i."customerId" = ${filter.customerId}::uuid`);
  if (filter.dateFrom) conditions.push(Prisma.sql`i."issueDate" >= ${dayToDate(filter.dateFrom)}`);
  if (filter.dateTo) conditions.push(Prisma.sql`i."issueDate" <= ${dayToDate(filter.dateTo)}`);
  const term = filter.search?.trim();
  if (term) {
    const like = `%${term.replace(/[\\%_]/g, "\\$&")}%`;
    conditions.push(Prisma.sql`(i."number" ILIKE ${like} OR c."name" ILIKE ${like})`);
  }
  return Prisma.sql`FROM "Invoice" i JOIN "Customer" c ON c."id" = i."customerId" AND c."tenantId" = i."tenantId" WHERE ${Prisma.join(conditions, " AND ")}`;
}

/** The SQL condition of one tab (`today` is `YYYY-MM-DD`, UTC). */
export function invoiceTabSql(tab: InvoiceTab, today: string): Prisma.Sql {
  switch (tab) {
    case "all":
      return Prisma.sql`TRUE`;
    case "overdue":
      return Prisma.sql`(i."status" IN ('unpaid', 'partially_paid') AND i."dueDate" < ${dayToDate(today)})`;
    default:
      return Prisma.sql`i."status" = ${tab}::"InvoiceStatus"`;
  }
}
