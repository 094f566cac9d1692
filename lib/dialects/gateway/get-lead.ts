import { z } from "zod";
import { NotFound } from "@/lib/crm/errors";
import { getLead } from "@/lib/crm/leads/get-lead";
import { parseLeadPublicId } from "@/lib/crm/leads/lead-public-id";
import { defineEndpoint } from "@/lib/http/endpoint";
import { GATEWAY_LIMITS, gateway } from "./dialect";
import { gatewayLead, toGatewayLead } from "./lead-shape";

/** The UUID behind a `lead_…` id; anything else names no lead of ours (404, like a foreign one). */
export function leadUuid(publicId: string): string {
  const uuid = parseLeadPublicId(publicId);
  if (!uuid) throw new NotFound("Lead");
  return uuid;
}

/** GET /api/leads/{id}. */
export const getGatewayLead = defineEndpoint({
  dialect: gateway,
  method: "GET",
  path: "/api/leads/{id}",
  summary: "Get a lead",
  description: "A lead by its `lead_…` id. Another workspace's lead answers 404, exactly like a missing one.",
  auth: "tenant",
  scope: "read:leads",
  rateLimit: GATEWAY_LIMITS.leads,
  params: z.object({ id: z.string().max(100) }),
  response: gatewayLead,
  async handler({ ctx, params }) {
    return toGatewayLead(await getLead(ctx, leadUuid(params.id)));
  },
});
