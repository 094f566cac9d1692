import { createHash, randomBytes } from "node:crypto";

/**
 * How many leading characters of a key are kept to tell keys apart in lists
 * (and the admin client list, as the seed's "demo-api-k..."): 10 of a
 * generated key ("crm_" + 6 of its 32 random characters), but at most 4 of
 * a shorter, fixed key (demo data), whose 10 characters would give most of it away.
 */
export const API_KEY_PREFIX_LENGTH = 10;
const SHORT_KEY_PREFIX_LENGTH = 4;
const GENERATED_KEY_LENGTH = 36;

/** A new key: "crm_" + 32 random base62-ish characters (~190 bits). */
export function generateApiKey(): string {
  return `crm_${randomBytes(24).toString("base64url")}`;
}

/** Keys are looked up by this hash (indexed, unique); the key itself is never stored. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function apiKeyPrefix(key: string): string {
  return key.slice(0, key.length >= GENERATED_KEY_LENGTH ? API_KEY_PREFIX_LENGTH : SHORT_KEY_PREFIX_LENGTH);
}
