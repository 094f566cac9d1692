import { z } from "zod";
import { APP_VERSION } from "@/lib/config/app-version";
import { serviceHealth } from "@/lib/crm/health/service-health";
import { defineEndpoint } from "@/lib/http/endpoint";
import { GATEWAY_LIMITS, gateway } from "./dialect";

const healthResponse = z.object({
  status: z.enum(["healthy", "unhealthy"]),
  timestamp: z.string(),
  version: z.string(),
  uptime: z.number().int().describe("Seconds since this instance started"),
  services: z.object({
    database: z.enum(["connected", "disconnected"]),
    queue: z.enum(["connected", "disconnected"]),
  }),
});

/** GET /health: the union of the gateway's and the ribbon's health answers; 503 when the database is down. */
export const health = defineEndpoint({
  dialect: gateway,
  method: "GET",
  path: "/health",
  summary: "Health check",
  description: "Checks the database with a real query. HTTP 503 with `status: unhealthy` when it does not answer within 2 s.",
  auth: "none",
  rateLimit: GATEWAY_LIMITS.health,
  response: healthResponse,
  async handler() {
    const services = await serviceHealth();
    const body: z.input<typeof healthResponse> = {
      status: services.healthy ? "healthy" : "unhealthy",
      timestamp: new Date().toISOString(),
      version: APP_VERSION,
      uptime: Math.floor(process.uptime()),
      services: { database: services.database, queue: services.queue },
    };
    return services.healthy ? body : Response.json(body, { status: 503 });
  },
});
