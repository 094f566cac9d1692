import { getDb } from "@/lib/db/client";
import { assertMayConfigure } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { ValidationFailed } from "../errors";
import { isUniqueViolation } from "../unique-violation";
import { findLeadTypeRef } from "./find-lead-type";
import { assertLeadTypeNames } from "./lead-type-name";

/**
 * Renames a lead type, or one of its subtypes. Partners send these names to
 * /lead/add and /lead/cancel, so the old name is unknown from now on (the
 * settings page says so); leads and scheduled calls keep their link by id.
 */
export async function renameLeadType(ctx: CrmContext, input: { typeId: string; subtypeId?: string; name: string }): Promise<void> {
  assertMayConfigure(ctx);
  const name = input.name.trim();
  assertLeadTypeNames([name]);
  const db = await getDb();
  try {
    await db.$transaction(async (tx) => {
      const type = await findLeadTypeRef(tx, ctx, input);
      if (input.subtypeId !== undefined) await tx.leadSubtype.update({ where: { id: input.subtypeId }, data: { name } });
      else await tx.leadType.update({ where: { id: type.id }, data: { name } });
      await recordAudit(tx, ctx, {
        action: input.subtypeId ? "lead_subtype.renamed" : "lead_type.renamed",
        entityType: "lead_type",
        entityId: type.id,
        data: { name, ...(input.subtypeId ? { subtypeId: input.subtypeId } : { from: type.name }) },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationFailed([{ field: "name", message: `"${name}" is already taken` }]);
    throw error;
  }
}
