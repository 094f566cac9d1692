import Redis from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { consumeRateLimit, resetRateLimits } from "./rate-limit";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

describe("rate limits", () => {
  it("count in memory per key by default", async () => {
    const rule = { name: `mem-${Math.random()}`, points: 2, durationSeconds: 60 };
    expect((await consumeRateLimit(rule, "a")).allowed).toBe(true);
    expect((await consumeRateLimit(rule, "a")).allowed).toBe(true);
    const third = await consumeRateLimit(rule, "a");
    expect(third).toMatchObject({ allowed: false, limit: 2, remaining: 0 });
    expect(third.retryAfterSeconds).toBeGreaterThan(0);
    expect((await consumeRateLimit(rule, "b")).allowed).toBe(true);
  });

  describe("with REDIS_URL", () => {
    afterAll(() => {
      delete process.env.REDIS_URL;
      resetRateLimits();
    });

    it("share one budget across instances (a fresh limiter sees the earlier counts)", async () => {
      process.env.REDIS_URL = REDIS_URL;
      resetRateLimits();
      const rule = { name: `redis-${Math.random()}`, points: 3, durationSeconds: 60 };
      await consumeRateLimit(rule, "key-1");
      await consumeRateLimit(rule, "key-1");
      resetRateLimits(); // drops this process's limiter objects, as a second instance would start without them
      const third = await consumeRateLimit(rule, "key-1");
      expect(third).toMatchObject({ allowed: true, remaining: 0 });
      expect((await consumeRateLimit(rule, "key-1")).allowed).toBe(false);
      const redis = new Redis(REDIS_URL);
      try {
        expect(Number(await redis.get(`rl:${rule.name}:key-1`))).toBe(4);
      } finally {
        redis.disconnect();
      }
    });

    it("keep answering from memory when Redis is unreachable", async () => {
      process.env.REDIS_URL = "redis://127.0.0.1:1";
      resetRateLimits();
      const rule = { name: `down-${Math.random()}`, points: 1, durationSeconds: 60 };
      expect((await consumeRateLimit(rule, "k")).allowed).toBe(true);
      expect((await consumeRateLimit(rule, "k")).allowed).toBe(false);
    });
  });
});
