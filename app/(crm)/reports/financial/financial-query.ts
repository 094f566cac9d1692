import { z } from "zod";

/** Year (default: this UTC year) and an optional month from the URL; out-of-range values fall back. */
export function financialQuery(thisYear: number) {
  return z.object({
    year: z.coerce.number().int().min(1970).max(2100).default(thisYear).catch(thisYear),
    month: z.coerce.number().int().min(1).max(12).optional().catch(undefined),
  });
}
