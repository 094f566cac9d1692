import { createLead } from "@/lib/crm/leads/create-lead";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { crmLeadCreateBody, toNewLead } from "./lead-body";
import { crmLead, toCrmLead } from "./lead-shape";

export const createCrmLead = defineEndpoint({
  dialect: crm,
  method: "POST",
  path: "/dev/crm/leads",
  summary: "Create lead",
  description:
    "Create a new lead (201 with the lead). `name` and `email` are required; `score` is a whole number 0-100; `value` (expected deal value) a number of 0 or more with at most 2 decimals; `campaign_id` and `assigned_to` must be the tenant's campaign and user (400 otherwise). An email is unique among the tenant's leads (compared lower-cased): a second lead with it answers 409, also under concurrent requests.",
  auth: "tenant",
  scope: "write:leads",
  conflict: "The workspace already has a lead with this email.",
  body: crmLeadCreateBody,
  response: crmLead,
  status: 201,
  async handler({ ctx, body }) {
    return toCrmLead(await createLead(ctx, toNewLead(body), { duplicateEmail: "reject" }));
  },
});
