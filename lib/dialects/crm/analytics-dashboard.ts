import { z } from "zod";
import { getCrmDashboard } from "@/lib/crm/reports/crm-dashboard";
import { defineEndpoint } from "@/lib/http/endpoint";
import { toCrmHealthSummary } from "./customer-report";
import { dateRangeQuery, toDateRange } from "./date-range";
import { crm } from "./dialect";

export const getCrmAnalyticsDashboard = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/analytics/dashboard",
  summary: "Get dashboard analytics",
  description:
    "The headline numbers of `GET /dev/crm/reports/leads` and `GET /dev/crm/reports/customers` (computed by the same functions, for the same optional `date_from`/`date_to`), the feedback score, " +
    "and `recent_activity`: the latest 15 leads created, customers created, orders placed and feedback received, newest first (`detail`: the lead's company, the order total or the rating).",
  auth: "tenant",
  scope: "read:analytics",
  query: z.object(dateRangeQuery),
  response: z.object({
    leads: z.object({
      total: z.number().int(),
      open: z.number().int(),
      converted: z.number().int(),
      won: z.number().int(),
      lost: z.number().int(),
      conversion_rate: z.number().nullable(),
      average_days_to_convert: z.number().nullable(),
    }),
    customers: z.object({
      total: z.number().int(),
      active: z.number().int(),
      health: z.object({ average_score: z.number().nullable(), healthy: z.number().int(), at_risk: z.number().int(), critical: z.number().int() }),
    }),
    revenue: z.object({ total: z.string(), orders: z.number().int(), average_order_value: z.string().nullable() }),
    feedback: z.object({ count: z.number().int(), average_rating: z.number().nullable(), nps: z.number().int().nullable() }),
    recent_activity: z.array(
      z.object({
        kind: z.enum(["lead.created", "customer.created", "order.placed", "feedback.received"]),
        id: z.uuid(),
        title: z.string(),
        detail: z.string().nullable(),
        at: z.string(),
      }),
    ),
  }),
  async handler({ ctx, query }) {
    const d = await getCrmDashboard(ctx, toDateRange(query));
    return {
      leads: {
        total: d.leads.count,
        open: d.leads.open,
        converted: d.leads.converted,
        won: d.leads.won,
        lost: d.leads.lost,
        conversion_rate: d.leads.conversionRate,
        average_days_to_convert: d.leads.averageDaysToConvert,
      },
      customers: { total: d.customers.total, active: d.customers.active, health: toCrmHealthSummary(d.customers.health) },
      revenue: { total: d.revenue.total, orders: d.revenue.orders, average_order_value: d.revenue.averageOrderValue },
      feedback: { count: d.feedback.count, average_rating: d.feedback.averageRating, nps: d.feedback.nps },
      recent_activity: d.recentActivity.map((item) => ({ kind: item.kind, id: item.id, title: item.title, detail: item.detail, at: item.at.toISOString() })),
    };
  },
});
