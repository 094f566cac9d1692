import { createInteraction } from "@/lib/crm/interactions/create-interaction";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { customerInteractionsParams } from "./interaction-params";
import { crmCustomerInteraction, crmCustomerInteractionCreateBody, toCrmCustomerInteraction } from "./interaction-shape";

export const createCrmCustomerInteraction = defineEndpoint({
  dialect: crm,
  method: "POST",
  path: "/dev/crm/customers/{customerId}/interactions",
  summary: "Create customer interaction",
  description:
    "Record a new customer interaction (201). `type` (email, call, meeting, support, purchase, other), `subject` and `date` are required. A `next_action_date` that passes makes `POST /dev/crm/followups/process` create a due task for the customer's owner.",
  auth: "tenant",
  scope: "write:customers",
  params: customerInteractionsParams,
  body: crmCustomerInteractionCreateBody,
  response: crmCustomerInteraction,
  status: 201,
  async handler({ ctx, params, body }) {
    const interaction = await createInteraction(
      ctx,
      { customerId: params.customerId },
      {
        type: body.type,
        subject: body.subject,
        notes: body.description,
        outcome: body.outcome,
        occurredAt: body.date,
        nextAction: body.next_action,
        nextActionDate: body.next_action_date,
      },
    );
    return toCrmCustomerInteraction(interaction);
  },
});
