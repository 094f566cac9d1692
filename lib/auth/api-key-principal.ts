import { credentialCacheTtlMs } from "@/lib/config/credential-cache";
import { findActiveApiKey } from "@/lib/crm/api-keys/resolve-api-key";
import { touchApiKey } from "@/lib/crm/api-keys/touch-api-key";
import { hashApiKey } from "@/lib/security/api-key-secret";
import type { Principal } from "./principal";
import { SplitCache } from "./ttl-cache";

/** Revocation takes effect within this many milliseconds on every instance. */
export const CREDENTIAL_CACHE_TTL_MS = credentialCacheTtlMs();
const LAST_USED_RESOLUTION_MS = 60_000;

type Cached = { principal: Extract<Principal, { kind: "api_key" }>; lastUsedAt: number } | null;
// Misses are cached too, so a flood of bad keys does not become a flood of
// queries, but in a cache of their own: random keys then evict only other
// misses, never the good keys real callers use.
const cache = new SplitCache<Cached>(CREDENTIAL_CACHE_TTL_MS);

/** The tenant and scopes of an API key, or null when it is unknown or revoked. */
export async function principalForApiKey(key: string): Promise<Extract<Principal, { kind: "api_key" }> | null> {
  const hash = hashApiKey(key);
  let entry = cache.get(hash);
  if (entry === undefined) {
    const found = await findActiveApiKey(hash);
    entry = found
      ? {
          principal: { kind: "api_key", id: found.id, tenantId: found.tenantId, scopes: found.scopes },
          lastUsedAt: found.lastUsedAt?.getTime() ?? 0,
        }
      : null;
    cache.set(hash, entry);
  }
  if (!entry) return null;
  const now = Date.now();
  if (now - entry.lastUsedAt > LAST_USED_RESOLUTION_MS) {
    // "Last used" to the minute, written off the request path.
    entry.lastUsedAt = now;
    touchApiKey(entry.principal.id, new Date(now)).catch((error: unknown) => console.error("recording API key use failed", error));
  }
  return entry.principal;
}

/** For tests: forget cached lookups. */
export function clearApiKeyCache(): void {
  cache.clear();
}
