import { envPositiveInt, type Env } from "./env";

/**
 * How long credential lookups (API keys, JWT keys, a tenant's rate limits)
 * are cached: a revoked key stops working within this many milliseconds on
 * every instance. Validated: a non-number used to disable expiry altogether.
 */
export function credentialCacheTtlMs(env: Env = process.env): number {
  return envPositiveInt("CREDENTIAL_CACHE_TTL_MS", 5_000, env);
}
