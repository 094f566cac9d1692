import { CREDENTIAL_CACHE_TTL_MS } from "@/lib/auth/api-key-principal";
import type { Principal } from "@/lib/auth/principal";
import { TtlCache } from "@/lib/auth/ttl-cache";
import { findTenantRateSettings, type TenantRateSettings } from "@/lib/crm/tenants/find-tenant-rate-settings";
import type { Plan } from "@/lib/db/generated/enums";
import type { RateLimitRule } from "./rate-limit";

/**
 * The seeds' limits are the trial and starter plans' limits; bigger plans get
 * a multiple. A tenant's own overrides (Tenant.rateLimits, set with
 * `npm run tenant:limits`) replace the figure for the rules they name.
 */
export const PLAN_MULTIPLIERS: Record<Plan, number> = { trial: 1, starter: 1, professional: 2, enterprise: 10 };

// Read like credentials: at most one query per tenant per TTL, and a change
// of plan or override takes effect within the same few seconds everywhere.
const settings = new TtlCache<Promise<TenantRateSettings | null>>(CREDENTIAL_CACHE_TTL_MS);

/** The rule as it applies to this caller: the deployment's, plan's or tenant's figure. */
export async function effectiveRule(rule: RateLimitRule, principal: Principal): Promise<RateLimitRule> {
  const base = deploymentOverrides()[rule.name] ?? rule.points;
  if (!("tenantId" in principal)) return base === rule.points ? rule : { ...rule, points: base };
  const tenant = await tenantSettings(principal.tenantId);
  const points = tenant?.overrides[rule.name] ?? base * PLAN_MULTIPLIERS[tenant?.plan ?? "trial"];
  return points === rule.points ? rule : { ...rule, points };
}

function tenantSettings(tenantId: string): Promise<TenantRateSettings | null> {
  let pending = settings.get(tenantId);
  if (!pending) {
    pending = findTenantRateSettings(tenantId);
    settings.set(tenantId, pending);
    // A failed read is not remembered: the next request asks again.
    pending.catch(() => settings.delete(tenantId));
  }
  return pending;
}

let parsedEnv: { raw: string | undefined; overrides: Record<string, number> } | undefined;

/**
 * RATE_LIMITS (JSON, e.g. {"crm":1000000,"gateway:health":100000}) replaces
 * the seeds' figures for the whole deployment, anonymous callers included.
 * Entries that are not positive integers are ignored.
 */
function deploymentOverrides(): Record<string, number> {
  const raw = process.env.RATE_LIMITS?.trim() || undefined;
  if (parsedEnv && parsedEnv.raw === raw) return parsedEnv.overrides;
  const overrides: Record<string, number> = {};
  if (raw) {
    try {
      const value = JSON.parse(raw) as unknown;
      if (typeof value === "object" && value !== null && !Array.isArray(value)) {
        for (const [name, points] of Object.entries(value)) {
          if (typeof points === "number" && Number.isSafeInteger(points) && points > 0) overrides[name] = points;
        }
      }
    } catch {
      console.error("RATE_LIMITS is not valid JSON; using the default limits");
    }
  }
  parsedEnv = { raw, overrides };
  return overrides;
}

/** For tests: forget cached tenant settings. */
export function clearRateSettingsCache(): void {
  settings.clear();
}
