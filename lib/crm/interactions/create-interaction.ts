import { getDb, type Prisma } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import { assertMayWrite } from "../access/access";
import type { CrmContext } from "../context";
import { assertOwner } from "./assert-owner";
import { CONTACT_TYPES, type NewInteraction } from "./interaction-input";
import { interactionRecordSelect, type InteractionOwner, type InteractionRecord } from "./interaction-record";
import { touchLeadContact } from "./touch-lead-contact";

/**
 * Records an interaction with a lead or a customer. A contact (call, email,
 * meeting, support, purchase; not an internal note) moves the lead's
 * last_contact to the interaction's time, in the same transaction.
 */
export async function createInteraction(ctx: CrmContext, owner: InteractionOwner, input: NewInteraction): Promise<InteractionRecord> {
  const db = await getDb();
  return db.$transaction((tx) => createInteractionIn(tx, ctx, owner, input));
}

export async function createInteractionIn(
  tx: Prisma.TransactionClient,
  ctx: CrmContext,
  owner: InteractionOwner,
  input: NewInteraction,
): Promise<InteractionRecord> {
  assertMayWrite(ctx);
  await assertOwner(tx, ctx, owner);
  const occurredAt = input.occurredAt ?? new Date();
  const interaction = await tx.interaction.create({
    data: {
      tenantId: ctx.tenantId,
      ...owner,
      userId: ctx.actor.type === "user" ? ctx.actor.id : null,
      type: input.type,
      subject: input.subject?.trim() || null,
      notes: input.notes ?? null,
      outcome: input.outcome ?? null,
      occurredAt,
      nextAction: input.nextAction ?? null,
      nextActionDate: input.nextActionDate ?? null,
    },
    select: interactionRecordSelect,
  });
  if ("leadId" in owner && CONTACT_TYPES.includes(input.type)) await touchLeadContact(tx, ctx.tenantId, owner.leadId, occurredAt);
  await recordAudit(tx, ctx, { action: "interaction.created", entityType: "interaction", entityId: interaction.id, data: { ...owner, type: input.type } });
  return interaction;
}
