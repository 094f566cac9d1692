import Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

/** `points` requests per `durationSeconds`, counted per credential in bucket `name`. */
export interface RateLimitRule {
  name: string;
  points: number;
  durationSeconds: number;
}

export interface RateLimitOutcome {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Unix seconds when the window resets. */
  resetAt: number;
  retryAfterSeconds: number;
}

// One limiter per rule and process. With REDIS_URL the counters live in Redis
// and hold across instances; an in-memory limiter stands in while Redis is
// unreachable (rate-limiter-flexible's insurance limiter).
const globalForLimits = globalThis as typeof globalThis & {
  __crmLimiters?: Map<string, RateLimiterAbstract>;
  __crmRedis?: Redis;
};

function redisClient(url: string): Redis {
  // Commands wait for the first connection (so early requests count in Redis
  // too) but never long: past the timeout the in-memory insurance answers.
  globalForLimits.__crmRedis ??= new Redis(url, {
    enableOfflineQueue: true,
    maxRetriesPerRequest: 1,
    commandTimeout: 500,
    connectTimeout: 2_000,
  });
  // ioredis reports connection errors as events; without a listener they crash the process.
  if (globalForLimits.__crmRedis.listenerCount("error") === 0) {
    globalForLimits.__crmRedis.on("error", (error: Error) => console.error("redis:", error.message));
  }
  return globalForLimits.__crmRedis;
}

function limiterFor(rule: RateLimitRule): RateLimiterAbstract {
  const limiters = (globalForLimits.__crmLimiters ??= new Map());
  const id = `${rule.name}:${rule.points}/${rule.durationSeconds}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    const options = { keyPrefix: `rl:${rule.name}`, points: rule.points, duration: rule.durationSeconds };
    const url = process.env.REDIS_URL;
    limiter = url
      ? new RateLimiterRedis({ ...options, storeClient: redisClient(url), insuranceLimiter: new RateLimiterMemory(options) })
      : new RateLimiterMemory(options);
    limiters.set(id, limiter);
  }
  return limiter;
}

/** Counts one request against `rule` for `key` and says whether it may proceed. */
export async function consumeRateLimit(rule: RateLimitRule, key: string): Promise<RateLimitOutcome> {
  const limiter = limiterFor(rule);
  try {
    return outcome(rule, await limiter.consume(key), true);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return outcome(rule, rejection, false);
    throw rejection;
  }
}

/** The state of `key` under `rule` without counting a request (allowed: not yet over the limit). */
export async function peekRateLimit(rule: RateLimitRule, key: string): Promise<RateLimitOutcome> {
  const res = await limiterFor(rule).get(key);
  if (!res)
    return { allowed: true, limit: rule.points, remaining: rule.points, resetAt: Math.ceil(Date.now() / 1000) + rule.durationSeconds, retryAfterSeconds: 0 };
  return outcome(rule, res, res.consumedPoints < rule.points);
}

/** Makes `key` wait `seconds` under `rule` (a back-off); peekRateLimit then reports it refused. */
export async function blockRateLimit(rule: RateLimitRule, key: string, seconds: number): Promise<void> {
  await limiterFor(rule).block(key, seconds);
}

/** Forgets `key`'s count under `rule` (e.g. after a successful sign-in). */
export async function clearRateLimit(rule: RateLimitRule, key: string): Promise<void> {
  await limiterFor(rule).delete(key);
}

function outcome(rule: RateLimitRule, res: RateLimiterRes, allowed: boolean): RateLimitOutcome {
  const msBeforeNext = Math.max(0, res.msBeforeNext);
  return {
    allowed,
    limit: rule.points,
    remaining: Math.max(0, res.remainingPoints),
    resetAt: Math.ceil((Date.now() + msBeforeNext) / 1000),
    retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)),
  };
}

/** For tests: forget this process's limiters and Redis connection (as a new instance would start). */
export function resetRateLimits(): void {
  globalForLimits.__crmLimiters?.clear();
  globalForLimits.__crmRedis?.disconnect();
  globalForLimits.__crmRedis = undefined;
}
