import { z } from "zod";
import { getCustomerHealth } from "@/lib/crm/customers/get-customer-health";
import { HEALTH_BAND_FLOORS, HEALTH_PARTS } from "@/lib/crm/customers/health-parts";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";

const partsDoc = HEALTH_PARTS.map((part) => `- \`${part.key}\` (weight ${part.weight}): ${part.description}`).join("\n");

export const getCrmCustomerHealth = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/customers/{customerId}/health",
  summary: "Get customer health",
  description:
    `A 0-100 score, explained: the sum of named parts, each earning a share of its weight from its value. ` +
    `Band: \`healthy\` ${HEALTH_BAND_FLOORS.healthy}-100, \`at_risk\` ${HEALTH_BAND_FLOORS.at_risk}-${HEALTH_BAND_FLOORS.healthy - 1}, \`critical\` below ${HEALTH_BAND_FLOORS.at_risk}. ` +
    `Each part is answered with its value (null when there is nothing to measure), weight and points. The same rules compute the segments and the customer report.\n\n${partsDoc}`,
  auth: "tenant",
  scope: "read:customers",
  params: z.object({ customerId: z.uuid() }),
  response: z.object({
    customer_id: z.uuid(),
    score: z.number().int().min(0).max(100),
    band: z.enum(["healthy", "at_risk", "critical"]),
    computed_at: z.string(),
    parts: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        description: z.string(),
        unit: z.string(),
        value: z.number().nullable(),
        weight: z.number(),
        points: z.number(),
      }),
    ),
  }),
  async handler({ ctx, params }) {
    const health = await getCustomerHealth(ctx, params.customerId);
    return { customer_id: health.customerId, score: health.score, band: health.band, computed_at: health.computedAt.toISOString(), parts: health.parts };
  },
});
