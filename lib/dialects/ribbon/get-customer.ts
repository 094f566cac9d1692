import { z } from "zod";
import { getCustomerCallHistory } from "@/lib/crm/calls/customer-call-history";
import { getCustomer } from "@/lib/crm/customers/get-customer";
import { getTenantConfig } from "@/lib/crm/tenants/get-tenant-config";
import { defineEndpoint } from "@/lib/http/endpoint";
import { ribbon } from "./dialect";

const HISTORY = 50;

export const getRibbonCustomer = defineEndpoint({
  dialect: ribbon,
  method: "GET",
  path: "/api/ribbon/customer/{customerId}",
  summary: "Get customer information",
  description: `The client's customer with this \`customerId\`, its ${HISTORY} latest calls (\`callHistory\`, newest first) and totals over all its calls. 404 when the client has no such customer.`,
  auth: "tenant",
  scope: "read:customers",
  params: z.object({ customerId: z.string().min(1).max(200) }),
  response: z.object({
    customer: z.object({
      customerId: z.string(),
      clientId: z.string(),
      name: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      company: z.string().nullable(),
      tags: z.array(z.string()),
      customFields: z.record(z.string(), z.unknown()),
      createdAt: z.string(),
      lastUpdated: z.string(),
    }),
    callHistory: z.array(
      z.object({
        sessionId: z.string(),
        startTime: z.string(),
        duration: z.number().int().nullable(),
        callDirection: z.enum(["inbound", "outbound"]).nullable(),
      }),
    ),
    totalCalls: z.number().int(),
    totalDuration: z.number().int(),
  }),
  async handler({ ctx, params }) {
    const customer = await getCustomer(ctx, { externalId: params.customerId });
    const [client, history] = await Promise.all([getTenantConfig(ctx), getCustomerCallHistory(ctx, { externalId: params.customerId }, HISTORY, false)]);
    const custom = customer.customFields;
    return {
      customer: {
        customerId: params.customerId,
        clientId: client.clientId,
        name: customer.name,
        email: customer.email,
        phone: customer.phone,
        company: customer.company,
        tags: customer.tags,
        customFields: custom && typeof custom === "object" && !Array.isArray(custom) ? (custom as Record<string, unknown>) : {},
        createdAt: customer.createdAt.toISOString(),
        lastUpdated: customer.updatedAt.toISOString(),
      },
      callHistory: history.calls.map((call) => ({
        sessionId: call.sessionId,
        startTime: call.startTime.toISOString(),
        duration: call.duration,
        callDirection: call.callDirection,
      })),
      totalCalls: history.totalCalls,
      totalDuration: history.totalDuration,
    };
  },
});
