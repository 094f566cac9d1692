import { decodeProtectedHeader, importSPKI, jwtVerify, type CryptoKey } from "jose";
import { findJwtKey } from "@/lib/crm/api-keys/find-jwt-key";
import { CREDENTIAL_CACHE_TTL_MS } from "./api-key-principal";
import { scopesForJwtRole } from "./jwt-roles";
import type { Principal } from "./principal";
import { SplitCache } from "./ttl-cache";

type Verifier = { key: CryptoKey; tenantId: string; issuer: string; audience: string } | null;
// Unknown kids are remembered apart from known ones (a flood cannot evict the good keys).
const verifiers = new SplitCache<NonNullable<Verifier>>(CREDENTIAL_CACHE_TTL_MS);

/**
 * The gateway seed's RS256 bearer tokens. The token's `kid` header names a
 * public key a tenant registered; that key's tenant is the caller's tenant.
 * `iss`, `aud` and `exp` are checked; `scope` (array or space-separated)
 * becomes the principal's scopes.
 */
export async function principalForJwt(token: string): Promise<Extract<Principal, { kind: "jwt" }> | null> {
  let kid: string | undefined;
  try {
    const header = decodeProtectedHeader(token);
    if (header.alg !== "RS256") return null;
    kid = header.kid;
  } catch {
    return null;
  }
  if (!kid) return null;
  const verifier = await verifierFor(kid);
  if (!verifier) return null;
  try {
    const { payload } = await jwtVerify(token, verifier.key, {
      algorithms: ["RS256"],
      issuer: verifier.issuer,
      audience: verifier.audience,
      requiredClaims: ["sub", "exp"],
    });
    const scope = payload.scope;
    const scopes = Array.isArray(scope) ? scope.map(String) : typeof scope === "string" ? scope.split(" ").filter(Boolean) : [];
    return {
      kind: "jwt",
      id: String(payload.sub),
      tenantId: verifier.tenantId,
      kid,
      scopes: scopesForJwtRole(scopes, typeof payload.role === "string" ? payload.role : undefined),
      role: typeof payload.role === "string" ? payload.role : undefined,
    };
  } catch {
    return null;
  }
}

async function verifierFor(kid: string): Promise<Verifier> {
  const cached = verifiers.get(kid);
  if (cached !== undefined) return cached;
  const record = await findJwtKey(kid);
  let verifier: Verifier = null;
  if (record) {
    try {
      const key = await importSPKI(record.publicKeyPem, "RS256");
      verifier = { key, tenantId: record.tenantId, issuer: record.issuer, audience: record.audience };
    } catch {
      verifier = null; // an unusable registered key authenticates nobody
    }
  }
  verifiers.set(kid, verifier);
  return verifier;
}
