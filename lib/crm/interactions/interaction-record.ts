import type { Prisma } from "@/lib/db/client";

/** The interaction columns dialects map from. */
export const interactionRecordSelect = {
  id: true,
  leadId: true,
  customerId: true,
  userId: true,
  type: true,
  subject: true,
  notes: true,
  outcome: true,
  occurredAt: true,
  nextAction: true,
  nextActionDate: true,
  followedUpAt: true,
  workflowKey: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.InteractionSelect;

export type InteractionRecord = Prisma.InteractionGetPayload<{ select: typeof interactionRecordSelect }>;

/** Whose interactions: a lead's or a customer's (each id is the tenant's or NotFound). */
export type InteractionOwner = { leadId: string } | { customerId: string };
