import { getDb } from "@/lib/db/client";
import { assertMayConfigure } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { ValidationFailed } from "../errors";
import { isUniqueViolation } from "../unique-violation";
import { findLeadTypeRef } from "./find-lead-type";
import { assertLeadTypeNames } from "./lead-type-name";

/** Adds a subtype to a lead type (Settings → Telephony); the type's active state is left as it is. */
export async function addLeadSubtype(ctx: CrmContext, input: { typeId: string; name: string }): Promise<{ id: string }> {
  assertMayConfigure(ctx);
  const name = input.name.trim();
  assertLeadTypeNames([name]);
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const type = await findLeadTypeRef(tx, ctx, { typeId: input.typeId });
      const subtype = await tx.leadSubtype.create({ data: { tenantId: ctx.tenantId, leadTypeId: type.id, name }, select: { id: true } });
      await recordAudit(tx, ctx, { action: "lead_subtype.created", entityType: "lead_type", entityId: type.id, data: { subtype: name } });
      return subtype;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationFailed([{ field: "name", message: `This type already has a subtype "${name}"` }]);
    throw error;
  }
}
