import { deleteInteraction } from "@/lib/crm/interactions/delete-interaction";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { customerInteractionParams } from "./interaction-params";
import { crmDeleted } from "./wire-types";

export const deleteCrmCustomerInteraction = defineEndpoint({
  dialect: crm,
  method: "DELETE",
  path: "/dev/crm/customers/{customerId}/interactions/{interactionId}",
  summary: "Delete customer interaction",
  description: 'Delete a customer interaction. Answers `{"message": "Interaction deleted", "id": ...}`; 404 for an interaction of another customer or tenant.',
  auth: "tenant",
  scope: "write:customers",
  params: customerInteractionParams,
  response: crmDeleted,
  async handler({ ctx, params }) {
    const { id } = await deleteInteraction(ctx, { customerId: params.customerId }, params.interactionId);
    return { message: "Interaction deleted", id };
  },
});
