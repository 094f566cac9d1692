/** Rule name → requests per the rule's window, for one tenant. */
export type RateLimitOverrides = Record<string, number>;

/** The overrides stored on a tenant (a JSON object of positive integers); anything else is ignored. */
export function parseOverrides(value: unknown): RateLimitOverrides {
  const overrides: RateLimitOverrides = {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) return overrides;
  for (const [rule, points] of Object.entries(value)) {
    if (typeof points === "number" && Number.isSafeInteger(points) && points > 0) overrides[rule] = points;
  }
  return overrides;
}
