import { getDb } from "@/lib/db/client";
import { NotFound } from "../errors";

const TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;
const cache = new Map<string, { domains: string[]; expiresAt: number }>();

/**
 * A tenant's allowed ribbon domains, cached in the process for a few seconds:
 * log-call checks them on every event (the ribbon's hot path), and a change
 * in Settings on this instance takes effect at once (forgetAllowedDomains),
 * on other instances within TTL_MS, like a revoked key.
 */
export async function allowedDomainsOf(tenantId: string, now = Date.now()): Promise<string[]> {
  const hit = cache.get(tenantId);
  if (hit && hit.expiresAt > now) return hit.domains;
  const db = await getDb();
  const tenant = await db.tenant.findUnique({ where: { id: tenantId }, select: { allowedDomains: true } });
  if (!tenant) throw new NotFound("Tenant");
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value ?? "");
  cache.set(tenantId, { domains: tenant.allowedDomains, expiresAt: now + TTL_MS });
  return tenant.allowedDomains;
}

/** Drops the cached list after a change (Settings → Telephony). */
export function forgetAllowedDomains(tenantId: string): void {
  cache.delete(tenantId);
}
