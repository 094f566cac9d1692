import { getDb } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";

/** Revokes a key; requests with it fail once credential caches expire (seconds). Idempotent. */
export async function revokeApiKey(ctx: CrmContext, apiKeyId: string): Promise<void> {
  if (!isUuid(apiKeyId)) throw new NotFound("API key");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id: apiKeyId, tenantId: ctx.tenantId }, select: { id: true, revokedAt: true } });
    if (!key) throw new NotFound("API key");
    if (key.revokedAt) return;
    await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, ctx, { action: "api_key.revoked", entityType: "api_key", entityId: key.id });
  });
}
