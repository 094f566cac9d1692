import { z } from "zod";
import { getCallAnalytics } from "@/lib/crm/calls/call-analytics";
import { defineEndpoint } from "@/lib/http/endpoint";
import { ribbonCall, toRibbonCall } from "./call-shape";
import { usageShape } from "./config";
import { dialectSummary } from "./summary-shape";
import { DATES_DESCRIPTION, customerIdParam, dateRange, reportDate } from "./report-query";
import { ribbon } from "./dialect";

export const getRibbonAnalytics = defineEndpoint({
  dialect: ribbon,
  method: "GET",
  path: "/api/ribbon/analytics",
  summary: "Get analytics",
  description: `Calls whose start falls in the range: totals (missed = incoming calls that ended without being answered; avgDuration = totalDuration / totalCalls, rounded), calls per UTC day (days with calls, newest first), the latest \`limit\` calls (default 100, at most 1000) and this month's usage. ${DATES_DESCRIPTION} \`customerId\` restricts everything but usage to that customer's calls (an unknown one gives zeros).`,
  auth: "tenant",
  scope: "read:calls",
  query: z.object({
    startDate: reportDate,
    endDate: reportDate,
    customerId: customerIdParam,
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  }),
  response: z.object({
    summary: dialectSummary,
    callsByDate: z.record(z.string(), z.number().int()),
    recentCalls: z.array(ribbonCall),
    usage: usageShape,
  }),
  async handler({ ctx, query }) {
    const report = await getCallAnalytics(ctx, { ...dateRange(query.startDate, query.endDate), customerId: query.customerId }, query.limit);
    return {
      summary: report.summary,
      callsByDate: report.callsByDate,
      recentCalls: report.recentCalls.map((call) => toRibbonCall(call, report.clientId)),
      usage: report.usage,
    };
  },
});
