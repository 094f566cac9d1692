import { getDb } from "@/lib/db/client";
import { assertMayConfigure } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { findLeadTypeRef } from "./find-lead-type";

/**
 * Disables (or enables again) a lead type or one subtype. A disabled type is
 * "Unknown Type" to /lead/add and /lead/cancel; a disabled subtype is no longer
 * set on new leads. Both stay on the leads and calls that have them.
 */
export async function setLeadTypeActive(ctx: CrmContext, input: { typeId: string; subtypeId?: string; active: boolean }): Promise<void> {
  assertMayConfigure(ctx);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const type = await findLeadTypeRef(tx, ctx, input);
    if (input.subtypeId !== undefined) await tx.leadSubtype.update({ where: { id: input.subtypeId }, data: { active: input.active } });
    else await tx.leadType.update({ where: { id: type.id }, data: { active: input.active } });
    const entity = input.subtypeId ? "lead_subtype" : "lead_type";
    await recordAudit(tx, ctx, {
      action: `${entity}.${input.active ? "enabled" : "disabled"}`,
      entityType: "lead_type",
      entityId: type.id,
      ...(input.subtypeId ? { data: { subtypeId: input.subtypeId } } : {}),
    });
  });
}
