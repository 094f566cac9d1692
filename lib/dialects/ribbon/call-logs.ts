import { z } from "zod";
import { listCallLogs } from "@/lib/crm/calls/list-call-logs";
import { getTenantConfig } from "@/lib/crm/tenants/get-tenant-config";
import { defineEndpoint } from "@/lib/http/endpoint";
import { DATES_DESCRIPTION, customerIdParam, dateRange, reportDate } from "./report-query";
import { ribbon } from "./dialect";

export const listRibbonCallLogs = defineEndpoint({
  dialect: ribbon,
  method: "GET",
  path: "/api/ribbon/call-logs",
  summary: "Get call logs",
  description: `The logged events, newest first, \`pageSize\` (default 50, at most 500) per numbered \`page\` (default 1); \`data\` is the event's data as sent. Dates filter on the event's \`timestamp\`. ${DATES_DESCRIPTION} \`customerId\`: events of the calls linked to that customer (also those that carried no customerData, e.g. callEnded). \`callDirection\`: of the event's call. A page past the end is empty.`,
  auth: "tenant",
  scope: "read:calls",
  query: z.object({
    startDate: reportDate,
    endDate: reportDate,
    customerId: customerIdParam,
    event: z.string().trim().min(1).max(64).optional(),
    callDirection: z.enum(["inbound", "outbound"]).optional(),
    page: z.coerce.number().int().min(1).max(1_000_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
  }),
  response: z.object({
    logs: z.array(
      z.object({
        logId: z.string(),
        clientId: z.string(),
        clientName: z.string(),
        event: z.string(),
        data: z.record(z.string(), z.unknown()),
        timestamp: z.string(),
        domain: z.string().nullable(),
      }),
    ),
    pagination: z.object({ page: z.number().int(), pageSize: z.number().int(), total: z.number().int(), totalPages: z.number().int() }),
  }),
  async handler({ ctx, query }) {
    const filter = { ...dateRange(query.startDate, query.endDate), customerId: query.customerId, event: query.event, callDirection: query.callDirection };
    const [client, page] = await Promise.all([getTenantConfig(ctx), listCallLogs(ctx, filter, query.page, query.pageSize)]);
    return {
      logs: page.logs.map((log) => ({
        logId: log.logId,
        clientId: client.clientId,
        clientName: client.name,
        event: log.event,
        data: log.data,
        timestamp: log.timestamp.toISOString(),
        domain: log.domain,
      })),
      pagination: { page: query.page, pageSize: query.pageSize, total: page.total, totalPages: Math.ceil(page.total / query.pageSize) },
    };
  },
});
