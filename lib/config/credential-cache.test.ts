import { describe, expect, it, vi } from "vitest";
import { TtlCache } from "@/lib/auth/ttl-cache";
import { credentialCacheTtlMs } from "./credential-cache";

describe("CREDENTIAL_CACHE_TTL_MS", () => {
  it("is a positive integer or the 5 s default, never a value that disables expiry", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      expect(credentialCacheTtlMs({})).toBe(5_000);
      expect(credentialCacheTtlMs({ CREDENTIAL_CACHE_TTL_MS: "" })).toBe(5_000);
      expect(credentialCacheTtlMs({ CREDENTIAL_CACHE_TTL_MS: "2500" })).toBe(2_500);
      for (const bad of ["five seconds", "NaN", "Infinity", "-1", "0", "1e400", "1.5", "0x10"]) {
        expect(credentialCacheTtlMs({ CREDENTIAL_CACHE_TTL_MS: bad }), bad).toBe(5_000);
      }
    } finally {
      warn.mockRestore();
    }
  });

  it("a bad value at start-up still lets a revoked key's cache entry expire", async () => {
    const saved = process.env.CREDENTIAL_CACHE_TTL_MS;
    process.env.CREDENTIAL_CACHE_TTL_MS = "not-a-number";
    vi.resetModules();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const { CREDENTIAL_CACHE_TTL_MS } = await import("@/lib/auth/api-key-principal");
      expect(CREDENTIAL_CACHE_TTL_MS).toBe(5_000);
    } finally {
      warn.mockRestore();
      if (saved === undefined) delete process.env.CREDENTIAL_CACHE_TTL_MS;
      else process.env.CREDENTIAL_CACHE_TTL_MS = saved;
    }
    const cache = new TtlCache<string>(CREDENTIAL_TTL);
    cache.set("k", "v", 0);
    expect(cache.get("k", CREDENTIAL_TTL + 1)).toBeUndefined();
    expect(() => new TtlCache(Number.NaN)).toThrow("positive finite TTL");
  });
});

const CREDENTIAL_TTL = 5_000;
