import { describe, expect, it } from "vitest";
import { SplitCache, TtlCache } from "./ttl-cache";

describe("credential caches", () => {
  it("a flood of unknown keys does not evict the good entries (misses live in their own smaller cache)", () => {
    const cache = new SplitCache<string>(60_000, 100, 10);
    cache.set("good-key", "tenant-a");
    for (let i = 0; i < 10_000; i++) cache.set(`random-${i}`, null);
    expect(cache.get("good-key")).toBe("tenant-a");
    expect(cache.get("random-9999")).toBeNull(); // recent misses are still remembered
    expect(cache.get("random-0")).toBeUndefined(); // old ones made room
  });

  it("the plain TTL cache, by contrast, lets misses push good entries out", () => {
    const cache = new TtlCache<string | null>(60_000, 100);
    cache.set("good-key", "tenant-a");
    for (let i = 0; i < 100; i++) cache.set(`random-${i}`, null);
    expect(cache.get("good-key")).toBeUndefined();
  });

  it("entries expire after the TTL", () => {
    const cache = new SplitCache<string>(1_000);
    cache.set("k", "v", 0);
    cache.set("miss", null, 0);
    expect(cache.get("k", 999)).toBe("v");
    expect(cache.get("k", 1_000)).toBeUndefined();
    expect(cache.get("miss", 1_000)).toBeUndefined();
  });
});
