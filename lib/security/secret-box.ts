import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { appSecrets } from "@/lib/config/app-secrets";

/**
 * AES-256-GCM for secrets the CRM must read back (telephony tokens, webhook
 * signing secrets). Stored as "v2.<key id>.<iv>.<tag>.<ciphertext>"
 * (base64url), the key id naming which ENCRYPTION_KEY sealed it, so the key
 * can rotate: set the new ENCRYPTION_KEY and list the old one in
 * ENCRYPTION_KEY_PREVIOUS; secrets sealed with either stay readable, new ones
 * use the new key. "v1.<iv>.<tag>.<ciphertext>" (no key id, from before)
 * is tried with every key.
 */
export function seal(plaintext: string): string {
  const { current } = keyring();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", current.key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v2", current.id, ...[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString("base64url"))].join(".");
}

export function unseal(sealed: string): string {
  const parts = sealed.split(".");
  const { current, previous } = keyring();
  if (parts[0] === "v2" && parts.length === 5) {
    const [, id, iv, tag, ciphertext] = parts as [string, string, string, string, string];
    const key = [current, ...previous].find((candidate) => candidate.id === id);
    if (!key) throw new Error("Sealed with an unknown ENCRYPTION_KEY (list the old key in ENCRYPTION_KEY_PREVIOUS)");
    return open(key.key, iv, tag, ciphertext);
  }
  if (parts[0] === "v1" && parts.length === 4) {
    const [, iv, tag, ciphertext] = parts as [string, string, string, string];
    for (const key of [current, ...previous]) {
      try {
        return open(key.key, iv, tag, ciphertext);
      } catch {
        // not this key: GCM's tag check failed; try the next
      }
    }
  }
  throw new Error("Unreadable sealed secret");
}

/** Which key sealed a value, without the key: the first 8 hex digits of SHA-256 over it. */
export function keyId(key: Buffer): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 8);
}

function open(key: Buffer, iv: string, tag: string, ciphertext: string): string {
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

function keyring() {
  const secrets = appSecrets();
  const toKey = (base64: string) => {
    const key = Buffer.from(base64, "base64");
    return { key, id: keyId(key) };
  };
  return { current: toKey(secrets.encryptionKey), previous: secrets.previousEncryptionKeys.map(toKey) };
}
