import { ALL_SCOPES, SCOPES } from "./scopes";

/**
 * What a gateway JWT's `role` claim allows, on top of its `scope` claim.
 * The seed's `analyst` reads (leads, analytics, …) and runs analyses
 * (`write:analytics`) but writes nothing else: any other write or manage
 * scope in its token is ignored, so e.g. PATCH /api/leads answers 403.
 * Other roles, or none, keep the token's scopes as they are.
 */
export function scopesForJwtRole(scopes: readonly string[], role: string | undefined): string[] {
  if (role !== "analyst") return [...scopes];
  const granted = scopes.includes(ALL_SCOPES) ? [...SCOPES] : scopes;
  return granted.filter((scope) => scope.startsWith("read:") || scope === "write:analytics");
}
