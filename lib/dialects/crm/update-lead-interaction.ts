import { updateInteraction } from "@/lib/crm/interactions/update-interaction";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { leadInteractionParams } from "./interaction-params";
import { crmLeadInteraction, crmLeadInteractionUpdateBody, toCrmLeadInteraction } from "./interaction-shape";

export const updateCrmLeadInteraction = defineEndpoint({
  dialect: crm,
  method: "PUT",
  path: "/dev/crm/leads/{leadId}/interactions/{interactionId}",
  summary: "Update lead interaction",
  description:
    "Update an existing lead interaction, partially (only the fields sent change; `null` clears). 404 for an interaction of another lead or tenant. A new `next_action_date` re-arms the follow-up.",
  auth: "tenant",
  scope: "write:leads",
  params: leadInteractionParams,
  body: crmLeadInteractionUpdateBody,
  response: crmLeadInteraction,
  async handler({ ctx, params, body }) {
    const interaction = await updateInteraction(ctx, { leadId: params.leadId }, params.interactionId, {
      type: body.type,
      notes: body.notes,
      nextAction: body.next_action,
      nextActionDate: body.next_action_date,
    });
    return toCrmLeadInteraction(interaction);
  },
});
