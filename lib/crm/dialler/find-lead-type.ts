import type { Prisma } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";

/** The tenant's lead type (and, when asked, its subtype) by id; another tenant's answers as missing. */
export async function findLeadTypeRef(
  tx: Prisma.TransactionClient,
  ctx: CrmContext,
  ref: { typeId: string; subtypeId?: string },
): Promise<{ id: string; name: string }> {
  const type = isUuid(ref.typeId) ? await tx.leadType.findFirst({ where: { id: ref.typeId, tenantId: ctx.tenantId }, select: { id: true, name: true } }) : null;
  if (!type) throw new NotFound("Lead type");
  if (ref.subtypeId !== undefined) {
    const subtype = isUuid(ref.subtypeId)
      ? await tx.leadSubtype.findFirst({ where: { id: ref.subtypeId, leadTypeId: type.id, tenantId: ctx.tenantId }, select: { id: true } })
      : null;
    if (!subtype) throw new NotFound("Lead subtype");
  }
  return type;
}
