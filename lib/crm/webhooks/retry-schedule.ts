/**
 * When a failed attempt is retried (the Standard Webhooks / Svix schedule):
 * after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each ±20 % jitter so a
 * receiver coming back is not hit by every retry at once. Eight attempts over
 * about 27.6 hours; then the delivery is failed.
 */
export const RETRY_DELAYS_MS = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000] as const;

export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** A webhook whose every attempt has failed for this long is disabled. */
export const DISABLE_AFTER_MS = 5 * 24 * 3_600_000;

/** The delay before attempt `attempt + 1`, or null when `attempt` was the last. `random` in [0, 1). */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number | null {
  const base = RETRY_DELAYS_MS[attempt - 1];
  if (base === undefined) return null;
  return Math.round(base * (0.8 + 0.4 * random()));
}
