import { blockRateLimit, clearRateLimit, consumeRateLimit, peekRateLimit, type RateLimitRule } from "@/lib/http/rate-limit";

/**
 * Slows password guessing without letting anyone lock a known user out:
 * - only FAILED sign-ins count;
 * - per client address: 20 failures per 15 minutes, then that address waits;
 * - per email from one address: the first 3 failures are free, then each
 *   further attempt waits 2, 4, 8… seconds (at most 5 minutes) after the
 *   last failure. Another address (the real user) is never held back by
 *   someone else's failures; a success clears the count.
 */
export const SIGN_IN_ADDRESS_RULE: RateLimitRule = { name: "sign-in:address", points: 20, durationSeconds: 15 * 60 };
const EMAIL_FAILURES: RateLimitRule = { name: "sign-in:failures", points: 1_000_000, durationSeconds: 15 * 60 };
const EMAIL_WAIT: RateLimitRule = { name: "sign-in:wait", points: 1, durationSeconds: 1 };
export const FREE_FAILURES = 3;
const MAX_WAIT_SECONDS = 300;

export class TooManySignInAttempts extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("TooManyAttempts");
  }
}

const emailKey = (email: string, address: string) => `${email.trim().toLowerCase()}|${address}`;

/** Throws TooManySignInAttempts when this address, or this email from this address, must wait. */
export async function assertMaySignIn(email: string, address: string): Promise<void> {
  if (address !== "unknown") {
    const byAddress = await peekRateLimit(SIGN_IN_ADDRESS_RULE, address);
    if (!byAddress.allowed) throw new TooManySignInAttempts(byAddress.retryAfterSeconds);
  }
  const waiting = await peekRateLimit(EMAIL_WAIT, emailKey(email, address));
  if (!waiting.allowed) throw new TooManySignInAttempts(waiting.retryAfterSeconds);
}

export async function recordSignInFailure(email: string, address: string): Promise<void> {
  // Callers we cannot tell apart ("unknown": no server of ours, no trusted proxy) share no address budget:
  // one bucket for everybody would be a lockout of everybody.
  if (address !== "unknown") await consumeRateLimit(SIGN_IN_ADDRESS_RULE, address);
  const key = emailKey(email, address);
  const counted = await consumeRateLimit(EMAIL_FAILURES, key);
  const failures = counted.limit - counted.remaining;
  if (failures > FREE_FAILURES) {
    await blockRateLimit(EMAIL_WAIT, key, Math.min(MAX_WAIT_SECONDS, 2 ** (failures - FREE_FAILURES)));
  }
}

export async function recordSignInSuccess(email: string, address: string): Promise<void> {
  await clearRateLimit(EMAIL_FAILURES, emailKey(email, address));
}
