import { z } from "zod";
import { createInteraction } from "@/lib/crm/interactions/create-interaction";
import { deleteInteraction } from "@/lib/crm/interactions/delete-interaction";
import { listInteractions } from "@/lib/crm/interactions/list-interactions";
import { updateInteraction } from "@/lib/crm/interactions/update-interaction";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import {
  crmLeadInteraction,
  crmLeadInteractionCreateBody,
  crmLeadInteractionUpdateBody,
  interactionPageQuery,
  toCrmLeadInteraction,
} from "./interaction-shape";
import { crmDeleted } from "./wire-types";

const leadParams = z.object({ leadId: z.uuid() });
const oneParams = z.object({ leadId: z.uuid(), interactionId: z.uuid() });

export const listCrmLeadInteractions = defineEndpoint({
  dialect: crm,
  method: "GET",
  path: "/dev/crm/leads/{leadId}/interactions",
  summary: "Get lead interactions",
  description:
    "Retrieve all interactions for a specific lead, most recent first, a page at a time (`limit`, `cursor` → `next_cursor`). 404 for a lead that is not the tenant's.",
  auth: "tenant",
  scope: "read:leads",
  params: leadParams,
  query: interactionPageQuery,
  response: z.object({ data: z.array(crmLeadInteraction), pagination: z.object({ limit: z.number(), next_cursor: z.string().nullable() }) }),
  async handler({ ctx, params, query }) {
    const page = await listInteractions(ctx, { leadId: params.leadId }, query);
    return { data: page.interactions.map(toCrmLeadInteraction), pagination: { limit: query.limit, next_cursor: page.nextCursor } };
  },
});

export const createCrmLeadInteraction = defineEndpoint({
  dialect: crm,
  method: "POST",
  path: "/dev/crm/leads/{leadId}/interactions",
  summary: "Create lead interaction",
  description:
    "Record a new interaction with a lead (201). `type` is call, email, meeting or note. A call, email or meeting moves the lead's `last_contact` to now (a note is internal and does not). A `next_action_date` that passes makes `POST /dev/crm/followups/process` create a due task for the lead's owner.",
  auth: "tenant",
  scope: "write:leads",
  params: leadParams,
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

export const updateCrmLeadInteraction = defineEndpoint({
  dialect: crm,
  method: "PUT",
  path: "/dev/crm/leads/{leadId}/interactions/{interactionId}",
  summary: "Update lead interaction",
  description:
    "Update an existing lead interaction, partially (only the fields sent change; `null` clears). 404 for an interaction of another lead or tenant. A new `next_action_date` re-arms the follow-up.",
  auth: "tenant",
  scope: "write:leads",
  params: oneParams,
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

export const deleteCrmLeadInteraction = defineEndpoint({
  dialect: crm,
  method: "DELETE",
  path: "/dev/crm/leads/{leadId}/interactions/{interactionId}",
  summary: "Delete lead interaction",
  description: 'Delete a lead interaction. Answers `{"message": "Interaction deleted", "id": ...}`; 404 for an interaction of another lead or tenant.',
  auth: "tenant",
  scope: "write:leads",
  params: oneParams,
  response: crmDeleted,
  async handler({ ctx, params }) {
    const { id } = await deleteInteraction(ctx, { leadId: params.leadId }, params.interactionId);
    return { message: "Interaction deleted", id };
  },
});
