import { getDb } from "@/lib/db/client";

export interface JwtKeyRecord {
  tenantId: string;
  publicKeyPem: string;
  issuer: string;
  audience: string;
}

/** The active RS256 public key registered under this `kid` (unique across tenants). */
export async function findJwtKey(kid: string): Promise<JwtKeyRecord | null> {
  const db = await getDb();
  const key = await db.jwtKey.findUnique({
    where: { kid },
    select: { tenantId: true, publicKeyPem: true, issuer: true, audience: true, revokedAt: true },
  });
  if (!key || key.revokedAt) return null;
  return { tenantId: key.tenantId, publicKeyPem: key.publicKeyPem, issuer: key.issuer, audience: key.audience };
}
