import { z } from "zod";
import { listActiveCalls } from "@/lib/crm/calls/list-active-calls";
import { getTenantConfig } from "@/lib/crm/tenants/get-tenant-config";
import { defineEndpoint } from "@/lib/http/endpoint";
import { ribbonCall, toRibbonCall } from "./call-shape";
import { ribbon } from "./dialect";

export const listRibbonActiveCalls = defineEndpoint({
  dialect: ribbon,
  method: "GET",
  path: "/api/ribbon/active-calls",
  summary: "Get active calls",
  description: "Calls opened (connected or incoming) and not yet ended, newest first (at most 500). `endTime` and `duration` are null while a call is active.",
  auth: "tenant",
  scope: "read:calls",
  response: z.object({ activeCalls: z.array(ribbonCall), count: z.number().int() }),
  async handler({ ctx }) {
    const [client, calls] = await Promise.all([getTenantConfig(ctx), listActiveCalls(ctx)]);
    return { activeCalls: calls.map((call) => toRibbonCall(call, client.clientId)), count: calls.length };
  },
});
