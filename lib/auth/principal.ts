/** Who made an API request, once their credential is checked. */
export type Principal =
  | { kind: "api_key"; id: string; tenantId: string; scopes: readonly string[] }
  /** `id` is the token's `sub`; `kid` names the tenant's signing key. */
  | { kind: "jwt"; id: string; tenantId: string; kid: string; scopes: readonly string[]; role?: string }
  | { kind: "platform_admin"; id: "platform-admin" }
  | { kind: "anonymous"; id: string };

export type TenantPrincipal = Extract<Principal, { tenantId: string }>;

/**
 * The rate-limit bucket of a caller. A JWT's `sub` is whatever the key's
 * holder signs, so it cannot be a budget boundary (varying it would dodge
 * limits, reusing another tenant's would exhaust theirs): the bucket is the
 * tenant and signing key.
 */
export function rateLimitKey(principal: Principal): string {
  if (principal.kind === "jwt") return `jwt:${principal.tenantId}:${principal.kid}`;
  return `${principal.kind}:${principal.id}`;
}
