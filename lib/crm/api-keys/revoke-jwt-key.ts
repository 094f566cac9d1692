import { getDb } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";

/** Revokes a JWT key: tokens naming its kid fail once credential caches expire (seconds). Idempotent. */
export async function revokeJwtKey(ctx: CrmContext, jwtKeyId: string): Promise<void> {
  if (!isUuid(jwtKeyId)) throw new NotFound("JWT key");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const key = await tx.jwtKey.findFirst({ where: { id: jwtKeyId, tenantId: ctx.tenantId }, select: { id: true, kid: true, revokedAt: true } });
    if (!key) throw new NotFound("JWT key");
    if (key.revokedAt) return;
    await tx.jwtKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, ctx, { action: "jwt_key.revoked", entityType: "jwt_key", entityId: key.id, data: { kid: key.kid } });
  });
}
