import { z } from "zod";
import { getAllClientsCallStats } from "@/lib/crm/calls/all-clients-analytics";
import { defineEndpoint } from "@/lib/http/endpoint";
import { ADMIN_CREDENTIALS } from "./admin-clients";
import { ribbon } from "./dialect";

export const getAdminAnalytics = defineEndpoint({
  dialect: ribbon,
  method: "GET",
  path: "/api/admin/analytics/all",
  summary: "All clients analytics",
  description:
    "Every client's calls of all time (`totalCalls`, `totalDuration` in seconds), this month's count against its limit (`utilizationPercent`, rounded), and totals over all clients. Platform admin credential only (ADMIN_API_KEY as `X-API-Key` or bearer); a client key is refused with 401.",
  auth: "platform_admin",
  credentials: [...ADMIN_CREDENTIALS],
  response: z.object({
    clients: z.array(
      z.object({
        clientId: z.string(),
        clientName: z.string(),
        plan: z.string(),
        totalCalls: z.number().int(),
        totalDuration: z.number().int(),
        callsThisMonth: z.number().int(),
        limit: z.number().int(),
        utilizationPercent: z.number().int(),
      }),
    ),
    totalClients: z.number().int(),
    totalCallsAllClients: z.number().int(),
  }),
  async handler() {
    const clients = await getAllClientsCallStats();
    return { clients, totalClients: clients.length, totalCallsAllClients: clients.reduce((sum, c) => sum + c.totalCalls, 0) };
  },
});
