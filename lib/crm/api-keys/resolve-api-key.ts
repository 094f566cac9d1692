import { getDb } from "@/lib/db/client";

export interface ResolvedApiKey {
  id: string;
  tenantId: string;
  scopes: string[];
  lastUsedAt: Date | null;
}

/**
 * The active key with this SHA-256 hash, by its unique index. This lookup
 * precedes knowing the tenant, so it is the one unscoped read of api keys.
 */
export async function findActiveApiKey(hash: string): Promise<ResolvedApiKey | null> {
  const db = await getDb();
  const key = await db.apiKey.findUnique({
    where: { hash },
    select: { id: true, tenantId: true, scopes: true, lastUsedAt: true, revokedAt: true },
  });
  if (!key || key.revokedAt) return null;
  return { id: key.id, tenantId: key.tenantId, scopes: key.scopes, lastUsedAt: key.lastUsedAt };
}
