import { getDb } from "@/lib/db/client";
import { assertMayConfigure } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { assertLeadTypeNames } from "./lead-type-name";

/**
 * Creates a dialler lead type (or reactivates and describes an existing one)
 * and adds the given subtypes; existing subtypes stay. Names are what partners
 * send as `type`/`subtype` in /lead/add and /lead/cancel.
 */
export async function saveLeadType(
  ctx: CrmContext,
  input: { name: string; description?: string | null; subtypes?: string[] },
): Promise<{ id: string; created: boolean }> {
  assertMayConfigure(ctx);
  const name = input.name.trim();
  const subtypes = [...new Set((input.subtypes ?? []).map((s) => s.trim()).filter(Boolean))];
  assertLeadTypeNames([name, ...subtypes]);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const existing = await tx.leadType.findUnique({ where: { tenantId_name: { tenantId: ctx.tenantId, name } }, select: { id: true } });
    const type = existing
      ? await tx.leadType.update({
          where: { id: existing.id },
          data: { active: true, ...(input.description !== undefined ? { description: input.description } : {}) },
          select: { id: true },
        })
      : await tx.leadType.create({ data: { tenantId: ctx.tenantId, name, description: input.description ?? null }, select: { id: true } });
    if (subtypes.length > 0) {
      await tx.leadSubtype.createMany({ data: subtypes.map((s) => ({ tenantId: ctx.tenantId, leadTypeId: type.id, name: s })), skipDuplicates: true });
      // Naming a disabled subtype again brings it back, like a retired type.
      await tx.leadSubtype.updateMany({
        where: { tenantId: ctx.tenantId, leadTypeId: type.id, name: { in: subtypes }, active: false },
        data: { active: true },
      });
    }
    await recordAudit(tx, ctx, {
      action: existing ? "lead_type.updated" : "lead_type.created",
      entityType: "lead_type",
      entityId: type.id,
      data: { name, subtypes },
    });
    return { id: type.id, created: !existing };
  });
}
