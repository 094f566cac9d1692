import { getDb } from "@/lib/db/client";
import type { Plan } from "@/lib/db/generated/enums";
import { parseOverrides, type RateLimitOverrides } from "./rate-limit-overrides";

export interface TenantRateSettings {
  plan: Plan;
  overrides: RateLimitOverrides;
}

/**
 * The plan and rate-limit overrides of a tenant, read by the endpoint
 * mechanism (which caches it). A tenant that does not exist has none.
 */
export async function findTenantRateSettings(tenantId: string): Promise<TenantRateSettings | null> {
  const db = await getDb();
  const tenant = await db.tenant.findUnique({ where: { id: tenantId }, select: { plan: true, rateLimits: true } });
  if (!tenant) return null;
  return { plan: tenant.plan, overrides: parseOverrides(tenant.rateLimits) };
}
