import { z } from "zod";
import { countCustomerSegments, SEGMENTS } from "@/lib/crm/customers/customer-segments";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";

const segmentsDoc = SEGMENTS.map((segment) => `- \`${segment.key}\` (${segment.name}): ${segment.rule}`).join("\n");

export const getCrmCustomerSegments = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/customers/segments",
  summary: "Get customer segments",
  description:
    "Named customer groups with their rule and how many customers are in each, computed by SQL aggregates over the whole workspace (health uses the rules of `GET /dev/crm/customers/{customerId}/health`). " +
    "Segments overlap; `total` is the number of customers. `GET /dev/crm/customers?segment=<key>` lists a segment's members.\n\n" +
    segmentsDoc,
  auth: "tenant",
  scope: "read:customers",
  response: z.object({
    total: z.number().int(),
    computed_at: z.string(),
    segments: z.array(z.object({ key: z.string(), name: z.string(), rule: z.string(), count: z.number().int() })),
  }),
  async handler({ ctx }) {
    const now = new Date();
    const summary = await countCustomerSegments(ctx, now);
    return { total: summary.total, computed_at: now.toISOString(), segments: summary.segments };
  },
});
