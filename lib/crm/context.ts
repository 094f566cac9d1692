/**
 * Who is acting, for which tenant. Every domain function takes one and scopes
 * every query by `tenantId`; `actor` goes into audit entries and events.
 */
export interface CrmContext {
  tenantId: string;
  actor: Actor;
}

export type Actor = { type: "user"; id: string } | { type: "api_key"; id: string } | { type: "jwt"; id: string } | { type: "system"; id: string };

export function systemContext(tenantId: string, job = "system"): CrmContext {
  return { tenantId, actor: { type: "system", id: job } };
}
