import { updateInteraction } from "@/lib/crm/interactions/update-interaction";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { customerInteractionParams } from "./interaction-params";
import { crmCustomerInteraction, crmCustomerInteractionUpdateBody, toCrmCustomerInteraction } from "./interaction-shape";

export const updateCrmCustomerInteraction = defineEndpoint({
  dialect: crm,
  method: "PUT",
  path: "/dev/crm/customers/{customerId}/interactions/{interactionId}",
  summary: "Update customer interaction",
  description:
    "Update an existing customer interaction, partially (only the fields sent change; `null` clears an optional one). 404 for an interaction of another customer or tenant.",
  auth: "tenant",
  scope: "write:customers",
  params: customerInteractionParams,
  body: crmCustomerInteractionUpdateBody,
  response: crmCustomerInteraction,
  async handler({ ctx, params, body }) {
    const interaction = await updateInteraction(ctx, { customerId: params.customerId }, params.interactionId, {
      type: body.type,
      subject: body.subject,
      notes: body.description,
      outcome: body.outcome,
      occurredAt: body.date,
      nextAction: body.next_action,
      nextActionDate: body.next_action_date,
    });
    return toCrmCustomerInteraction(interaction);
  },
});
