import { z } from "zod";
import { getCustomerReport, type CustomerReport } from "@/lib/crm/reports/customer-report";
import { defineEndpoint } from "@/lib/http/endpoint";
import { dateRangeQuery, toDateRange } from "./date-range";
import { crm } from "./dialect";

const healthSummary = z.object({ average_score: z.number().nullable(), healthy: z.number().int(), at_risk: z.number().int(), critical: z.number().int() });
const money = z.string().describe("Exact decimal, 2 places");

export const crmCustomerReport = z.object({
  total: z.number().int(),
  by_type: z.array(z.object({ type: z.string(), count: z.number().int() })),
  by_status: z.array(z.object({ status: z.string(), count: z.number().int() })),
  by_segment: z.array(z.object({ key: z.string(), name: z.string(), rule: z.string(), count: z.number().int() })),
  health: healthSummary,
  revenue: z.object({
    total: money,
    orders: z.number().int(),
    average_order_value: money.nullable(),
    by_month: z.array(z.object({ month: z.string(), total: money, orders: z.number().int() })),
    top_customers: z.array(z.object({ customer_id: z.uuid(), name: z.string(), total: money, orders: z.number().int() })),
  }),
});

export function toCrmHealthSummary(health: CustomerReport["health"]): z.infer<typeof healthSummary> {
  return { average_score: health.averageScore, healthy: health.healthy, at_risk: health.atRisk, critical: health.critical };
}

export const getCrmCustomerReport = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/reports/customers",
  summary: "Get customer metrics",
  description:
    "Customer metrics. `total`, `by_type` and `by_status` count the customers created in the range (`date_from`/`date_to`, inclusive; all without them). " +
    "`by_segment` and `health` describe all customers now (the rules of `GET /dev/crm/customers/segments` and `…/{customerId}/health`: average score and customers per band). " +
    "`revenue` sums the orders placed in the range (cancelled ones excluded) exactly, with the order count, average order value, totals by month and the five customers with the most revenue. All SQL aggregates.",
  auth: "tenant",
  scope: "read:analytics",
  query: z.object(dateRangeQuery),
  response: crmCustomerReport,
  async handler({ ctx, query }) {
    const report = await getCustomerReport(ctx, toDateRange(query));
    return {
      total: report.total,
      by_type: report.byType,
      by_status: report.byStatus,
      by_segment: report.bySegment,
      health: toCrmHealthSummary(report.health),
      revenue: {
        total: report.revenue.total,
        orders: report.revenue.orders,
        average_order_value: report.revenue.averageOrderValue,
        by_month: report.revenue.byMonth,
        top_customers: report.revenue.topCustomers.map((row) => ({ customer_id: row.customerId, name: row.name, total: row.total, orders: row.orders })),
      },
    };
  },
});
