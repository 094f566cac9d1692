import { z } from "zod";
import type { InteractionRecord } from "@/lib/crm/interactions/interaction-record";
import { crmDate } from "./wire-types";

export const CRM_LEAD_INTERACTION_TYPES = ["call", "email", "meeting", "note"] as const;
export const CRM_CUSTOMER_INTERACTION_TYPES = ["email", "call", "meeting", "support", "purchase", "other"] as const;

/** A lead interaction as /dev/crm shows it. */
export const crmLeadInteraction = z.object({
  id: z.uuid(),
  lead_id: z.uuid(),
  type: z.string(),
  notes: z.string().nullable(),
  next_action: z.string().nullable(),
  next_action_date: z.string().nullable(),
  user_id: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

/** A customer interaction as /dev/crm shows it (`date` is when it happened). */
export const crmCustomerInteraction = z.object({
  id: z.uuid(),
  customer_id: z.uuid(),
  type: z.string(),
  subject: z.string().nullable(),
  description: z.string().nullable(),
  date: z.string(),
  outcome: z.string().nullable(),
  next_action: z.string().nullable(),
  next_action_date: z.string().nullable(),
  user_id: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

export function toCrmLeadInteraction(i: InteractionRecord): z.infer<typeof crmLeadInteraction> {
  return {
    id: i.id,
    lead_id: i.leadId ?? "",
    type: i.type,
    notes: i.notes,
    next_action: i.nextAction,
    next_action_date: i.nextActionDate?.toISOString() ?? null,
    user_id: i.userId,
    created_at: i.createdAt.toISOString(),
    updated_at: i.updatedAt.toISOString(),
  };
}

export function toCrmCustomerInteraction(i: InteractionRecord): z.infer<typeof crmCustomerInteraction> {
  return {
    id: i.id,
    customer_id: i.customerId ?? "",
    type: i.type,
    subject: i.subject,
    description: i.notes,
    date: i.occurredAt.toISOString(),
    outcome: i.outcome,
    next_action: i.nextAction,
    next_action_date: i.nextActionDate?.toISOString() ?? null,
    user_id: i.userId,
    created_at: i.createdAt.toISOString(),
    updated_at: i.updatedAt.toISOString(),
  };
}

const text = (max: number) => z.string().max(max).nullable().optional();

export const crmLeadInteractionCreateBody = z.object({
  type: z.enum(CRM_LEAD_INTERACTION_TYPES),
  notes: text(10_000),
  next_action: text(500),
  next_action_date: crmDate.nullable().optional(),
});
export const crmLeadInteractionUpdateBody = crmLeadInteractionCreateBody.partial();

export const crmCustomerInteractionCreateBody = z.object({
  type: z.enum(CRM_CUSTOMER_INTERACTION_TYPES),
  subject: z.string().trim().min(1, "Subject is required").max(500),
  date: crmDate,
  description: text(10_000),
  outcome: text(200),
  next_action: text(500),
  next_action_date: crmDate.nullable().optional(),
});
export const crmCustomerInteractionUpdateBody = crmCustomerInteractionCreateBody.partial();

export const interactionPageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
