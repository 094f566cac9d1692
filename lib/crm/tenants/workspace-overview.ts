import { getDb } from "@/lib/db/client";
import type { LeadStatus } from "@/lib/db/generated/enums";
import { limitedToOwner, ownerScope } from "../access/access";
import type { CrmContext } from "../context";

export interface WorkspaceOverview {
  leadsByStatus: Partial<Record<LeadStatus, number>>;
  totalLeads: number;
  customers: number;
  callsLast30Days: number;
  openInvoices: { count: number; outstanding: string };
}

/** Headline numbers for the overview page, each one aggregate query; a rep's count only what they can see (their own and unassigned leads and customers). */
export async function workspaceOverview(ctx: CrmContext, now = new Date()): Promise<WorkspaceOverview> {
  const db = await getDb();
  const tenantId = ctx.tenantId;
  const since = new Date(now.getTime() - 30 * 24 * 3600 * 1000);
  const scope = ownerScope(ctx);
  const rep = limitedToOwner(ctx);
  const [byStatus, customers, calls, invoices] = await Promise.all([
    db.lead.groupBy({ by: ["status"], where: { tenantId, ...scope }, _count: { _all: true } }),
    db.customer.count({ where: { tenantId, ...scope } }),
    db.call.count({ where: { tenantId, startTime: { gte: since }, ...(rep ? { userId: rep } : {}) } }),
    db.invoice.aggregate({
      where: { tenantId, status: { in: ["unpaid", "partially_paid"] }, ...(rep ? { customer: scope } : {}) },
      _count: { _all: true },
      _sum: { amount: true, amountPaid: true },
    }),
  ]);
  const leadsByStatus: Partial<Record<LeadStatus, number>> = {};
  for (const row of byStatus) leadsByStatus[row.status] = row._count._all;
  const amount = invoices._sum.amount;
  const paid = invoices._sum.amountPaid;
  return {
    leadsByStatus,
    totalLeads: byStatus.reduce((sum, row) => sum + row._count._all, 0),
    customers,
    callsLast30Days: calls,
    openInvoices: {
      count: invoices._count._all,
      outstanding: amount && paid ? amount.minus(paid).toFixed(2) : "0.00",
    },
  };
}
