import { getDb } from "@/lib/db/client";
import { hostAllowed } from "./init-ribbon";

/**
 * The host of a browser Origin ("https://app.yourcrm.com:8443" → "app.yourcrm.com"),
 * or null for "null" and anything unparsable.
 */
export function originHost(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * Whether a tenant's allowed domains cover a browser origin (the domain or a
 * subdomain, as for `init`). Unlike `init`, an empty list allows no origin:
 * cross-origin use from browsers must be granted explicitly, never `*`.
 */
export async function tenantAllowsOrigin(tenantId: string, origin: string): Promise<boolean> {
  const host = originHost(origin);
  if (!host) return false;
  const db = await getDb();
  const tenant = await db.tenant.findUnique({ where: { id: tenantId }, select: { allowedDomains: true } });
  return Boolean(tenant && tenant.allowedDomains.length > 0 && hostAllowed(host, tenant.allowedDomains));
}

/**
 * Whether any tenant allows the origin: the answer to a CORS preflight, which
 * carries no key (the real request is then checked against its key's tenant).
 * The host and each parent domain are looked up in the allowed lists.
 */
export async function someTenantAllowsOrigin(origin: string): Promise<boolean> {
  const host = originHost(origin);
  if (!host) return false;
  const labels = host.split(".");
  const candidates = labels.map((_, i) => labels.slice(i).join(".")).filter(Boolean);
  const db = await getDb();
  const rows = await db.$queryRaw<{ found: number }[]>`SELECT 1 AS "found" FROM "Tenant" WHERE "allowedDomains" && ${candidates}::text[] LIMIT 1`;
  return rows.length > 0;
}
