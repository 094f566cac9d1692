import { getDb } from "@/lib/db/client";
import { NotFound, ValidationFailed } from "../errors";
import { parseOverrides, type RateLimitOverrides } from "./rate-limit-overrides";

/**
 * Sets (or with `points` null, removes) one rule's override for the tenant
 * with this clientId; answers the tenant's overrides afterwards. An operator
 * task (CLI), so it takes the clientId rather than a tenant context.
 */
export async function setTenantRateLimit(clientId: string, rule: string, points: number | null): Promise<RateLimitOverrides> {
  if (!/^[a-z][a-z0-9:_-]{0,62}$/.test(rule)) throw new ValidationFailed([{ field: "rule", message: "Unknown rule name" }]);
  if (points !== null && (!Number.isSafeInteger(points) || points < 1)) {
    throw new ValidationFailed([{ field: "points", message: "points must be a positive integer" }]);
  }
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // Row lock: two operators setting different rules at once must not lose one.
    const rows = await tx.$queryRaw<{ rateLimits: unknown }[]>`SELECT "rateLimits" FROM "Tenant" WHERE "clientId" = ${clientId} FOR UPDATE`;
    if (rows.length === 0) throw new NotFound("Tenant", `No tenant with clientId ${clientId}`);
    const overrides = parseOverrides(rows[0]!.rateLimits);
    if (points === null) delete overrides[rule];
    else overrides[rule] = points;
    const value = Object.keys(overrides).length > 0 ? JSON.stringify(overrides) : null;
    await tx.$executeRaw`UPDATE "Tenant" SET "rateLimits" = ${value}::jsonb, "updatedAt" = now() WHERE "clientId" = ${clientId}`;
    return overrides;
  });
}
