import { z } from "zod";
import { convertLead } from "@/lib/crm/leads/convert-lead";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { crmLead, toCrmLead } from "./lead-shape";

export const convertCrmLead = defineEndpoint({
  dialect: crm,
  method: "POST",
  path: "/dev/crm/leads/{leadId}/convert",
  summary: "Convert lead",
  description:
    'Convert a lead to a customer. If the tenant already has a customer with the lead\'s email, the lead is linked to it (`outcome: "linked"`); otherwise a customer is created from the lead\'s name, email, phone, company, notes, custom fields and owner (`outcome: "created"`, type business when a company is given). The lead becomes `converted` with `converted_at` (and who, in the audit log and the `lead.status_updated` event). Idempotent: calling it again, even concurrently, answers the same `customer_id` with `outcome: "already_converted"`; never a second customer. Always 200.',
  auth: "tenant",
  scope: "write:leads",
  params: z.object({ leadId: z.uuid() }),
  response: z.object({
    message: z.string(),
    customer_id: z.uuid(),
    outcome: z.enum(["created", "linked", "already_converted"]),
    lead: crmLead,
  }),
  async handler({ ctx, params }) {
    const result = await convertLead(ctx, params.leadId);
    return {
      message: result.outcome === "already_converted" ? "Lead already converted" : "Lead converted",
      customer_id: result.customerId,
      outcome: result.outcome,
      lead: toCrmLead(result.lead),
    };
  },
});
