import { createPublicKey } from "node:crypto";

export const jwtKeyViewSelect = {
  id: true,
  kid: true,
  publicKeyPem: true,
  issuer: true,
  audience: true,
  revokedAt: true,
  createdAt: true,
} as const;

export interface JwtKeyView {
  id: string;
  kid: string;
  issuer: string;
  audience: string;
  /** e.g. "RSA 2048". */
  algorithm: string;
  revokedAt: Date | null;
  createdAt: Date;
}

export function toJwtKeyView(row: {
  id: string;
  kid: string;
  publicKeyPem: string;
  issuer: string;
  audience: string;
  revokedAt: Date | null;
  createdAt: Date;
}): JwtKeyView {
  let algorithm = "unreadable key";
  try {
    const key = createPublicKey(row.publicKeyPem);
    algorithm = `${key.asymmetricKeyType?.toUpperCase() ?? "?"} ${key.asymmetricKeyDetails?.modulusLength ?? ""}`.trim();
  } catch {
    // Shown as unreadable: such a key authenticates nobody (lib/auth/jwt-principal.ts).
  }
  return { id: row.id, kid: row.kid, issuer: row.issuer, audience: row.audience, algorithm, revokedAt: row.revokedAt, createdAt: row.createdAt };
}
