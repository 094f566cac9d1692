import { createHash, randomBytes } from "node:crypto";

/** How many leading characters of a key are kept to tell keys apart in lists. */
export const API_KEY_PREFIX_LENGTH = 10;

/** A new key: "crm_" + 32 random base62-ish characters (~190 bits). */
export function generateApiKey(): string {
  return `crm_${randomBytes(24).toString("base64url")}`;
}

/** Keys are looked up by this hash (indexed, unique); the key itself is never stored. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function apiKeyPrefix(key: string): string {
  return key.slice(0, API_KEY_PREFIX_LENGTH);
}
