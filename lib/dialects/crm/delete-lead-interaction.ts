import { deleteInteraction } from "@/lib/crm/interactions/delete-interaction";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { leadInteractionParams } from "./interaction-params";
import { crmDeleted } from "./wire-types";

export const deleteCrmLeadInteraction = defineEndpoint({
  dialect: crm,
  method: "DELETE",
  path: "/dev/crm/leads/{leadId}/interactions/{interactionId}",
  summary: "Delete lead interaction",
  description: 'Delete a lead interaction. Answers `{"message": "Interaction deleted", "id": ...}`; 404 for an interaction of another lead or tenant.',
  auth: "tenant",
  scope: "write:leads",
  params: leadInteractionParams,
  response: crmDeleted,
  async handler({ ctx, params }) {
    const { id } = await deleteInteraction(ctx, { leadId: params.leadId }, params.interactionId);
    return { message: "Interaction deleted", id };
  },
});
