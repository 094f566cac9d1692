import { z } from "zod";
import { getTenantConfig } from "@/lib/crm/tenants/get-tenant-config";
import { defineEndpoint } from "@/lib/http/endpoint";
import { ribbon } from "./dialect";

export const usageShape = z.object({
  callsThisMonth: z.number().int(),
  limit: z.number().int(),
  remaining: z.number().int(),
});

export const getRibbonConfig = defineEndpoint({
  dialect: ribbon,
  method: "GET",
  path: "/api/ribbon/config",
  summary: "Get configuration",
  description: "The key's plan, ribbon features and this calendar month's (UTC) call usage.",
  auth: "tenant",
  scope: "read:calls",
  response: z.object({ features: z.array(z.string()), plan: z.string(), usage: usageShape }),
  async handler({ ctx }) {
    const config = await getTenantConfig(ctx);
    return { features: config.features, plan: config.plan, usage: config.usage };
  },
});
