import { z } from "zod";
import { updateLead } from "@/lib/crm/leads/update-lead";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { crmLeadUpdateBody, toLeadChanges } from "./lead-body";
import { crmLead, toCrmLead } from "./lead-shape";

export const updateCrmLead = defineEndpoint({
  dialect: crm,
  method: "PUT",
  path: "/dev/crm/leads/{leadId}",
  summary: "Update lead",
  description:
    "Update an existing lead, partially: only the fields sent change (`null` clears an optional field). Same rules as creation; a new email already used by another lead answers 409. A status change records a `lead.status_updated` event with the old and new status and who made it.",
  auth: "tenant",
  scope: "write:leads",
  conflict: "Another lead of the workspace has this email.",
  params: z.object({ leadId: z.uuid() }),
  body: crmLeadUpdateBody,
  response: crmLead,
  async handler({ ctx, params, body }) {
    return toCrmLead(await updateLead(ctx, params.leadId, toLeadChanges(body)));
  },
});
