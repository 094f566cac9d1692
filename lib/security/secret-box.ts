import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { appSecrets } from "@/lib/config/app-secrets";

/**
 * AES-256-GCM for secrets the CRM must read back (telephony tokens, webhook
 * signing secrets). Stored as "v1.<iv>.<tag>.<ciphertext>" in base64url.
 */
export function seal(plaintext: string): string {
  const key = Buffer.from(appSecrets().encryptionKey, "base64");
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

export function unseal(sealed: string): string {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || ciphertext === undefined) throw new Error("Unreadable sealed secret");
  const key = Buffer.from(appSecrets().encryptionKey, "base64");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}
