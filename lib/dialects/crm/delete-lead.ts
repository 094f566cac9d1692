import { z } from "zod";
import { deleteLead } from "@/lib/crm/leads/delete-lead";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { crmDeleted } from "./wire-types";

export const deleteCrmLead = defineEndpoint({
  dialect: crm,
  method: "DELETE",
  path: "/dev/crm/leads/{leadId}",
  summary: "Delete lead",
  description:
    'Delete a lead with its interactions. Answers 200 `{"message": "Lead deleted", "id": ...}`. A customer converted from it stays (its `lead_id` becomes null).',
  auth: "tenant",
  scope: "write:leads",
  params: z.object({ leadId: z.uuid() }),
  response: crmDeleted,
  async handler({ ctx, params }) {
    const { id } = await deleteLead(ctx, params.leadId);
    return { message: "Lead deleted", id };
  },
});
