import { z } from "zod";
import { getCustomerCallHistory } from "@/lib/crm/calls/customer-call-history";
import { getTenantConfig } from "@/lib/crm/tenants/get-tenant-config";
import { defineEndpoint } from "@/lib/http/endpoint";
import { ribbonCall, toRibbonCall } from "./call-shape";
import { ribbon } from "./dialect";

export const listRibbonCustomerCalls = defineEndpoint({
  dialect: ribbon,
  method: "GET",
  path: "/api/ribbon/customer/{customerId}/calls",
  summary: "Get customer call history",
  description:
    "The customer's latest `limit` calls (default 50, at most 500, newest first), the events of those calls (time order), and totals over all the customer's calls. 404 when the client has no such customer.",
  auth: "tenant",
  scope: "read:calls",
  params: z.object({ customerId: z.string().min(1).max(200) }),
  query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
  response: z.object({
    customerId: z.string(),
    calls: z.array(ribbonCall),
    events: z.array(z.object({ logId: z.string(), event: z.string(), timestamp: z.string() })),
    totalCalls: z.number().int(),
    totalDuration: z.number().int(),
  }),
  async handler({ ctx, params, query }) {
    const history = await getCustomerCallHistory(ctx, { externalId: params.customerId }, query.limit);
    const client = await getTenantConfig(ctx);
    return {
      customerId: params.customerId,
      calls: history.calls.map((call) => toRibbonCall(call, client.clientId)),
      events: history.events.map((e) => ({ logId: e.logId, event: e.event, timestamp: e.timestamp.toISOString() })),
      totalCalls: history.totalCalls,
      totalDuration: history.totalDuration,
    };
  },
});
