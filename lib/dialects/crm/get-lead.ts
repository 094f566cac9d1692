import { z } from "zod";
import { getLead } from "@/lib/crm/leads/get-lead";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { crmLead, toCrmLead } from "./lead-shape";

export const getCrmLead = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/leads/{leadId}",
  summary: "Get lead",
  description: "Retrieve a specific lead by ID.",
  auth: "tenant",
  scope: "read:leads",
  params: z.object({ leadId: z.uuid() }),
  response: crmLead,
  async handler({ ctx, params }) {
    return toCrmLead(await getLead(ctx, params.leadId));
  },
});
