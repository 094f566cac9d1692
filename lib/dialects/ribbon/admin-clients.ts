import { z } from "zod";
import { listClients } from "@/lib/crm/tenants/list-clients";
import { defineEndpoint } from "@/lib/http/endpoint";
import { ribbon } from "./dialect";

/** Where the platform admin credential (ADMIN_API_KEY) may be sent. */
export const ADMIN_CREDENTIALS = [{ in: "header", name: "X-API-Key" }, { in: "bearer" }] as const;

export const listAdminClients = defineEndpoint({
  dialect: ribbon,
  method: "GET",
  path: "/api/admin/clients",
  summary: "List all clients",
  description: "Every tenant with this month's call count. `apiKey` shows only the first characters of the tenant's oldest active key.",
  auth: "platform_admin",
  credentials: [...ADMIN_CREDENTIALS],
  response: z.array(
    z.object({
      clientId: z.string(),
      name: z.string(),
      plan: z.string(),
      callsThisMonth: z.number().int(),
      limit: z.number().int(),
      apiKey: z.string().nullable(),
    }),
  ),
  async handler() {
    const clients = await listClients();
    return clients.map((client) => ({
      clientId: client.clientId,
      name: client.name,
      plan: client.plan,
      callsThisMonth: client.callsThisMonth,
      limit: client.limit,
      apiKey: client.apiKeyPrefix ? `${client.apiKeyPrefix}...` : null,
    }));
  },
});
