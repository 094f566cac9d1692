import { z } from "zod";
import { createInteraction } from "@/lib/crm/interactions/create-interaction";
import { deleteInteraction } from "@/lib/crm/interactions/delete-interaction";
import { listInteractions } from "@/lib/crm/interactions/list-interactions";
import { updateInteraction } from "@/lib/crm/interactions/update-interaction";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import {
  crmCustomerInteraction,
  crmCustomerInteractionCreateBody,
  crmCustomerInteractionUpdateBody,
  interactionPageQuery,
  toCrmCustomerInteraction,
} from "./interaction-shape";
import { crmDeleted } from "./wire-types";

const customerParams = z.object({ customerId: z.uuid() });
const oneParams = z.object({ customerId: z.uuid(), interactionId: z.uuid() });

export const listCrmCustomerInteractions = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/customers/{customerId}/interactions",
  summary: "Get customer interactions",
  description:
    "Retrieve all interactions for a specific customer, most recent `date` first, a page at a time (`limit`, `cursor` → `next_cursor`). 404 for a customer that is not the tenant's.",
  auth: "tenant",
  scope: "read:customers",
  params: customerParams,
  query: interactionPageQuery,
  response: z.object({ data: z.array(crmCustomerInteraction), pagination: z.object({ limit: z.number(), next_cursor: z.string().nullable() }) }),
  async handler({ ctx, params, query }) {
    const page = await listInteractions(ctx, { customerId: params.customerId }, query);
    return { data: page.interactions.map(toCrmCustomerInteraction), pagination: { limit: query.limit, next_cursor: page.nextCursor } };
  },
});

export const createCrmCustomerInteraction = defineEndpoint({
  dialect: crm,
  method: "POST",
  path: "/dev/crm/customers/{customerId}/interactions",
  summary: "Create customer interaction",
  description:
    "Record a new customer interaction (201). `type` (email, call, meeting, support, purchase, other), `subject` and `date` are required. A `next_action_date` that passes makes `POST /dev/crm/followups/process` create a due task for the customer's owner.",
  auth: "tenant",
  scope: "write:customers",
  params: customerParams,
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

export const updateCrmCustomerInteraction = defineEndpoint({
  dialect: crm,
  method: "PUT",
  path: "/dev/crm/customers/{customerId}/interactions/{interactionId}",
  summary: "Update customer interaction",
  description:
    "Update an existing customer interaction, partially (only the fields sent change; `null` clears an optional one). 404 for an interaction of another customer or tenant.",
  auth: "tenant",
  scope: "write:customers",
  params: oneParams,
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

export const deleteCrmCustomerInteraction = defineEndpoint({
  dialect: crm,
  method: "DELETE",
  path: "/dev/crm/customers/{customerId}/interactions/{interactionId}",
  summary: "Delete customer interaction",
  description: 'Delete a customer interaction. Answers `{"message": "Interaction deleted", "id": ...}`; 404 for an interaction of another customer or tenant.',
  auth: "tenant",
  scope: "write:customers",
  params: oneParams,
  response: crmDeleted,
  async handler({ ctx, params }) {
    const { id } = await deleteInteraction(ctx, { customerId: params.customerId }, params.interactionId);
    return { message: "Interaction deleted", id };
  },
});
