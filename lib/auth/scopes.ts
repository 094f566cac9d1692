/**
 * What an API key may do. Names follow the gateway seed's JWT `scope` claim
 * ("read:leads", "write:analytics"); `*` grants everything.
 */
export const SCOPES = [
  "read:leads",
  "write:leads",
  "read:customers",
  "write:customers",
  "read:calls",
  "write:calls",
  "read:billing",
  "write:billing",
  "read:support",
  "write:support",
  "read:analytics",
  "write:analytics",
  "manage:webhooks",
  "manage:users",
] as const;

export type Scope = (typeof SCOPES)[number];
export const ALL_SCOPES = "*";

export const SCOPE_LABELS: Record<Scope, string> = {
  "read:leads": "Read leads and their interactions",
  "write:leads": "Create, update and delete leads",
  "read:customers": "Read customers, orders and feedback",
  "write:customers": "Create, update and delete customers and orders",
  "read:calls": "Read calls, call logs and call analytics",
  "write:calls": "Log call events and initialise the ribbon",
  "read:billing": "Read invoices, quotes, products and transactions",
  "write:billing": "Create invoices, quotes, products and payments",
  "read:support": "Read tickets",
  "write:support": "Create and update tickets",
  "read:analytics": "Read reports and analytics",
  "write:analytics": "Run text analysis and lead classification",
  "manage:webhooks": "Register and remove webhooks",
  "manage:users": "List and create users",
};

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

export function hasScope(granted: readonly string[], needed: Scope): boolean {
  return granted.includes(ALL_SCOPES) || granted.includes(needed);
}
