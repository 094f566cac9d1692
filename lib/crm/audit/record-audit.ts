import type { Prisma } from "@/lib/db/client";
import type { CrmContext } from "../context";

/** Writes an audit entry inside the caller's transaction, so it exists exactly when the change does. Answers its id. */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  ctx: CrmContext,
  entry: { action: string; entityType: string; entityId?: string; data?: Prisma.InputJsonValue },
): Promise<string> {
  const written = await tx.auditLog.create({
    data: {
      tenantId: ctx.tenantId,
      actorType: ctx.actor.type,
      actorId: ctx.actor.id,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      data: entry.data ?? {},
    },
    select: { id: true },
  });
  return written.id;
}
