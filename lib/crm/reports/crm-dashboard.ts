import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { getFeedbackAnalytics } from "../feedback/feedback-analytics";
import { getCustomerReport, type CustomerReport } from "./customer-report";
import { getLeadReport, type LeadReport } from "./lead-report";
import type { ReportRange } from "./report-range";

export interface ActivityItem {
  kind: "lead.created" | "customer.created" | "order.placed" | "feedback.received";
  id: string;
  title: string;
  /** Lead/customer name, or the order total, or the rating. */
  detail: string | null;
  at: Date;
}

export interface CrmDashboard {
  leads: Pick<LeadReport, "count" | "open" | "converted" | "won" | "lost" | "conversionRate" | "averageDaysToConvert">;
  customers: { total: number; active: number; health: CustomerReport["health"] };
  revenue: { total: string; orders: number; averageOrderValue: string | null };
  feedback: { count: number; averageRating: number | null; nps: number | null };
  recentActivity: ActivityItem[];
}

/** The headline numbers of the lead and customer reports (same functions, same range) plus what happened lately. */
export async function getCrmDashboard(ctx: CrmContext, range: ReportRange = {}, now = new Date()): Promise<CrmDashboard> {
  const leads = await getLeadReport(ctx, range);
  const customers = await getCustomerReport(ctx, range, now);
  const feedback = await getFeedbackAnalytics(ctx, range);
  return {
    leads: {
      count: leads.count,
      open: leads.open,
      converted: leads.converted,
      won: leads.won,
      lost: leads.lost,
      conversionRate: leads.conversionRate,
      averageDaysToConvert: leads.averageDaysToConvert,
    },
    customers: { total: customers.total, active: customers.byStatus.find((s) => s.status === "active")?.count ?? 0, health: customers.health },
    revenue: { total: customers.revenue.total, orders: customers.revenue.orders, averageOrderValue: customers.revenue.averageOrderValue },
    feedback: { count: feedback.count, averageRating: feedback.averageRating, nps: feedback.nps },
    recentActivity: await recentActivity(ctx, 15),
  };
}

/** The latest changes across leads, customers, orders and feedback: each branch walks its (tenant, time) index for `limit` rows. */
export async function recentActivity(ctx: CrmContext, limit: number): Promise<ActivityItem[]> {
  const db = await getDb();
  return db.$queryRaw<ActivityItem[]>`
    SELECT * FROM (
      (SELECT 'lead.created' AS kind, id, name AS title, company AS detail, "createdAt" AS at
        FROM "Lead" WHERE "tenantId" = ${ctx.tenantId}::uuid ORDER BY "createdAt" DESC, id DESC LIMIT ${limit})
      UNION ALL
      (SELECT 'customer.created', id, name, company, "createdAt"
        FROM "Customer" WHERE "tenantId" = ${ctx.tenantId}::uuid ORDER BY "createdAt" DESC, id DESC LIMIT ${limit})
      UNION ALL
      (SELECT 'order.placed', o.id, c.name, o.total::text, o."orderDate"
        FROM "Order" o JOIN "Customer" c ON c.id = o."customerId"
        WHERE o."tenantId" = ${ctx.tenantId}::uuid ORDER BY o."orderDate" DESC, o.id DESC LIMIT ${limit})
      UNION ALL
      (SELECT 'feedback.received', f.id, c.name, f.rating::text, f."createdAt"
        FROM "FeedbackResponse" f JOIN "Customer" c ON c.id = f."customerId"
        WHERE f."tenantId" = ${ctx.tenantId}::uuid ORDER BY f."createdAt" DESC LIMIT ${limit})
    ) activity
    ORDER BY at DESC, id DESC LIMIT ${limit}`;
}
