import type { Role } from "@/lib/db/generated/enums";

/**
 * Who is acting, for which tenant. Every domain function takes one and scopes
 * every query by `tenantId`; `actor` goes into audit entries and events.
 */
export interface CrmContext {
  tenantId: string;
  actor: Actor;
}

/** A signed-in user carries their role: what they may see and change is decided in lib/crm/access. */
export type Actor = { type: "user"; id: string; role: Role } | { type: "api_key"; id: string } | { type: "jwt"; id: string } | { type: "system"; id: string };

export function systemContext(tenantId: string, job = "system"): CrmContext {
  return { tenantId, actor: { type: "system", id: job } };
}
