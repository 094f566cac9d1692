import { getDb } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import { assertMayWrite } from "../access/access";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";
import { assertOwner, interactionOf } from "./assert-owner";
import { CONTACT_TYPES, type InteractionFields } from "./interaction-input";
import { interactionRecordSelect, type InteractionOwner, type InteractionRecord } from "./interaction-record";
import { touchLeadContact } from "./touch-lead-contact";

/**
 * Changes only the fields given. An interaction of another lead or customer
 * (or tenant) is NotFound. A new next_action_date re-arms the follow-up job.
 */
export async function updateInteraction(
  ctx: CrmContext,
  owner: InteractionOwner,
  interactionId: string,
  changes: InteractionFields,
): Promise<InteractionRecord> {
  assertMayWrite(ctx);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await assertOwner(tx, ctx, owner);
    const existing = isUuid(interactionId) && (await tx.interaction.findFirst({ where: interactionOf(ctx, owner, interactionId), select: { id: true } }));
    if (!existing) throw new NotFound("Interaction");
    const interaction = await tx.interaction.update({
      where: { id: interactionId },
      data: {
        type: changes.type,
        subject: changes.subject === undefined ? undefined : changes.subject?.trim() || null,
        notes: changes.notes,
        outcome: changes.outcome,
        occurredAt: changes.occurredAt,
        nextAction: changes.nextAction,
        nextActionDate: changes.nextActionDate,
        ...(changes.nextActionDate !== undefined ? { followedUpAt: null } : {}),
      },
      select: interactionRecordSelect,
    });
    if (interaction.leadId && CONTACT_TYPES.includes(interaction.type)) await touchLeadContact(tx, ctx.tenantId, interaction.leadId, interaction.occurredAt);
    await recordAudit(tx, ctx, {
      action: "interaction.updated",
      entityType: "interaction",
      entityId: interaction.id,
      data: { fields: Object.keys(changes).filter((k) => changes[k as keyof InteractionFields] !== undefined) },
    });
    return interaction;
  });
}
