import { createInteraction } from "@/lib/crm/interactions/create-interaction";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { leadInteractionsParams } from "./interaction-params";
import { crmLeadInteraction, crmLeadInteractionCreateBody, toCrmLeadInteraction } from "./interaction-shape";

export const createCrmLeadInteraction = defineEndpoint({
  dialect: crm,
  method: "POST",
  path: "/dev/crm/leads/{leadId}/interactions",
  summary: "Create lead interaction",
  description:
    "Record a new interaction with a lead (201). `type` is call, email, meeting or note. A call, email or meeting moves the lead's `last_contact` to now (a note is internal and does not). A `next_action_date` that passes makes `POST /dev/crm/followups/process` create a due task for the lead's owner.",
  auth: "tenant",
  scope: "write:leads",
  params: leadInteractionsParams,
  body: crmLeadInteractionCreateBody,
  response: crmLeadInteraction,
  status: 201,
  async handler({ ctx, params, body }) {
    const interaction = await createInteraction(
      ctx,
      { leadId: params.leadId },
      { type: body.type, notes: body.notes, nextAction: body.next_action, nextActionDate: body.next_action_date },
    );
    return toCrmLeadInteraction(interaction);
  },
});
