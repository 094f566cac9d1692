/** Who made an API request, once their credential is checked. */
export type Principal =
  | { kind: "api_key"; id: string; tenantId: string; scopes: readonly string[] }
  | { kind: "jwt"; id: string; tenantId: string; scopes: readonly string[]; role?: string }
  | { kind: "platform_admin"; id: "platform-admin" }
  | { kind: "anonymous"; id: string };

export type TenantPrincipal = Extract<Principal, { tenantId: string }>;
