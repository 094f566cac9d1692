import { clearApiKeyCache } from "@/lib/auth/api-key-principal";
import { SCOPES } from "@/lib/auth/scopes";
import { createApiKey } from "@/lib/crm/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/crm/api-keys/revoke-api-key";
import type { CredentialStyle } from "@/lib/http/dialect";
import type { TestTenant } from "@/lib/testing/test-tenant";
import { baseRequest } from "./bad-cases";
import { adminKey } from "./credentials";
import type { GuardedEndpoint } from "./registry";

/** One request of the auth matrix and the status it must get. */
export interface AuthCase {
  label: string;
  credential: { value: string; style: CredentialStyle } | null;
  expected: 401 | 403;
}

/** Every place any dialect takes a credential from: the ones an endpoint does not declare are wrong places. */
const PLACES: readonly CredentialStyle[] = [
  { in: "bearer" },
  { in: "header", name: "X-API-Key" },
  { in: "query", name: "key" },
  { in: "query", name: "apiKey" },
  { in: "query", name: "X-API-Key" },
  { in: "body", name: "apiKey" },
  { in: "body", name: "key" },
];

const samePlace = (a: CredentialStyle, b: CredentialStyle) =>
  a.in === b.in && ("name" in a ? a.name.toLowerCase() : "") === ("name" in b ? b.name.toLowerCase() : "");

/** A signed-looking JWT no registered key signed. */
const FORGED_JWT = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Imd1YXJkIn0.eyJzdWIiOiJndWFyZCIsImV4cCI6NDEwMjQ0NDgwMH0.Zm9yZ2Vk";

/**
 * The matrix for one endpoint: no credential, a wrong one and a revoked one
 * in each declared place, a valid one in each undeclared place, a key without
 * the endpoint's scope, and across the tenant/admin divide.
 */
export async function authCases(target: GuardedEndpoint, tenant: TestTenant): Promise<AuthCase[]> {
  const { spec } = target;
  const cases: AuthCase[] = [{ label: "no credential", credential: null, expected: 401 }];
  const valid = spec.auth === "platform_admin" ? adminKey() : tenant.key;

  const revoked = await createApiKey(tenant.ctx, { name: "guard revoked", scopes: ["*"] });
  await revokeApiKey(tenant.ctx, revoked.apiKey.id);
  clearApiKeyCache();

  for (const style of target.styles) {
    const where = describePlace(style);
    cases.push({ label: `wrong key in ${where}`, credential: { value: "guard-wrong-key-0123456789", style }, expected: 401 });
    cases.push({ label: `blank key in ${where}`, credential: { value: " ", style }, expected: 401 });
    if (style.in === "bearer" && style.jwt) cases.push({ label: "forged JWT", credential: { value: FORGED_JWT, style }, expected: 401 });
    cases.push({ label: `revoked key in ${where}`, credential: { value: revoked.key, style }, expected: 401 });
    if (spec.auth === "platform_admin") cases.push({ label: `tenant key in ${where}`, credential: { value: tenant.key, style }, expected: 401 });
    if (spec.auth === "tenant") cases.push({ label: `admin key in ${where}`, credential: { value: adminKey(), style }, expected: 401 });
  }
  for (const place of PLACES) {
    if (target.styles.some((style) => samePlace(style, place))) continue;
    if (place.in === "body" && spec.method === "GET") continue; // a GET carries no body at all
    cases.push({ label: `valid key in the wrong place (${describePlace(place)})`, credential: { value: valid, style: place }, expected: 401 });
  }
  if (spec.scope && spec.auth === "tenant") {
    const others = SCOPES.filter((scope) => scope !== spec.scope);
    const { key } = await createApiKey(tenant.ctx, { name: "guard without scope", scopes: others });
    cases.push({ label: `key without ${spec.scope}`, credential: { value: key, style: target.styles[0]! }, expected: 403 });
  }
  return cases;
}

export function describePlace(style: CredentialStyle): string {
  switch (style.in) {
    case "bearer":
      return "Authorization: Bearer";
    case "header":
      return `header ${style.name}`;
    case "query":
      return `query ?${style.name}=`;
    case "body":
      return `body "${style.name}"`;
  }
}

export { baseRequest };
