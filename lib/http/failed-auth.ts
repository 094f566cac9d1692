import { ApiError } from "./api-error";
import { peekRateLimit, consumeRateLimit, type RateLimitRule } from "./rate-limit";

/**
 * Wrong credentials (API keys, admin key, tokens) counted per client address:
 * past the threshold, that address gets 429 for any credentialed request
 * until the window ends, so guessing and floods of bad keys are throttled
 * before they reach the key lookup.
 */
export const FAILED_AUTH_RULE: RateLimitRule = { name: "auth-failures", points: 30, durationSeconds: 60 };

/**
 * Addresses we cannot tell apart ("unknown": not served by our server and no
 * trusted proxy) are not throttled here: one bucket for everybody would let
 * one caller's failures lock out every other caller.
 */
function tracked(address: string): boolean {
  return address !== "unknown";
}

export async function refuseIfTooManyFailures(address: string): Promise<void> {
  if (!tracked(address)) return;
  const state = await peekRateLimit(FAILED_AUTH_RULE, address);
  if (!state.allowed) {
    throw new ApiError("rate_limited", "Too many failed authentication attempts from this address; retry later", [], state.retryAfterSeconds);
  }
}

export async function recordFailedAuthentication(address: string): Promise<void> {
  if (tracked(address)) await consumeRateLimit(FAILED_AUTH_RULE, address);
}
