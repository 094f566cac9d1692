import { getDb } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import { assertMayWrite } from "../access/access";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";
import { assertOwner, interactionOf } from "./assert-owner";
import type { InteractionOwner } from "./interaction-record";

/** Deletes one interaction of this lead or customer; anyone else's is NotFound. last_contact is history and stays. */
export async function deleteInteraction(ctx: CrmContext, owner: InteractionOwner, interactionId: string): Promise<{ id: string }> {
  assertMayWrite(ctx);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await assertOwner(tx, ctx, owner);
    if (!isUuid(interactionId)) throw new NotFound("Interaction");
    const { count } = await tx.interaction.deleteMany({ where: interactionOf(ctx, owner, interactionId) });
    if (count === 0) throw new NotFound("Interaction");
    await recordAudit(tx, ctx, { action: "interaction.deleted", entityType: "interaction", entityId: interactionId });
    return { id: interactionId };
  });
}
