import { z } from "zod";
import { getDetailedAnalytics } from "@/lib/crm/calls/detailed-analytics";
import { defineEndpoint } from "@/lib/http/endpoint";
import { toCustomerData } from "./call-shape";
import { DATES_DESCRIPTION, dateRange, reportDate } from "./report-query";
import { dialectSummary } from "./summary-shape";
import { ribbon } from "./dialect";

const counts = z.record(z.string(), z.number().int());

export const getRibbonDetailedAnalytics = defineEndpoint({
  dialect: ribbon,
  method: "GET",
  path: "/api/ribbon/analytics/detailed",
  summary: "Get detailed analytics",
  description: `Over the calls whose start falls in the range: the summary, calls per hour of day (\`"0"\`..\`"23"\`) and per day of week (\`"0"\`..\`"6"\`, 0 = Sunday), all in UTC and zeros included; the 10 customers with most calls; completed calls by duration (\`0-30s\` = under 30 s, \`30s-1m\`, \`1m-3m\`, \`3m-5m\`, \`5m+\` = 300 s and more); the 10 latest calls. ${DATES_DESCRIPTION}`,
  auth: "tenant",
  scope: "read:calls",
  query: z.object({ startDate: reportDate, endDate: reportDate }),
  response: z.object({
    summary: dialectSummary,
    callsByHour: counts,
    callsByDayOfWeek: counts,
    topCustomers: z.array(
      z.object({
        customerId: z.string(),
        customerName: z.string(),
        phoneNumber: z.string().nullable(),
        callCount: z.number().int(),
        totalDuration: z.number().int(),
      }),
    ),
    durationBuckets: z.object({
      "0-30s": z.number().int(),
      "30s-1m": z.number().int(),
      "1m-3m": z.number().int(),
      "3m-5m": z.number().int(),
      "5m+": z.number().int(),
    }),
    recentActivity: z.array(
      z.object({
        sessionId: z.string(),
        startTime: z.string(),
        endTime: z.string().nullable(),
        duration: z.number().int().nullable(),
        phoneNumber: z.string().nullable(),
        customerData: z.object({ customerId: z.string().optional(), name: z.string().optional() }),
      }),
    ),
  }),
  async handler({ ctx, query }) {
    const report = await getDetailedAnalytics(ctx, dateRange(query.startDate, query.endDate));
    return {
      summary: report.summary,
      callsByHour: report.callsByHour,
      callsByDayOfWeek: report.callsByDayOfWeek,
      topCustomers: report.topCustomers,
      durationBuckets: report.durationBuckets,
      recentActivity: report.recentActivity.map((call) => ({
        sessionId: call.sessionId,
        startTime: call.startTime.toISOString(),
        endTime: call.endTime?.toISOString() ?? null,
        duration: call.duration,
        phoneNumber: call.phoneNumber,
        customerData: toCustomerData(call),
      })),
    };
  },
});
