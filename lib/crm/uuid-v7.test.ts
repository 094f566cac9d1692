import { describe, expect, it } from "vitest";
import { isUuid } from "./uuid";
import { uuidV7 } from "./uuid-v7";

describe("uuidV7", () => {
  it("carries the time in its first 48 bits, version 7 and the RFC 4122 variant", () => {
    const at = Date.UTC(2026, 10, 26, 3, 0, 0, 123);
    const id = uuidV7(at);
    expect(isUuid(id)).toBe(true);
    expect(parseInt(id.replace(/-/g, "").slice(0, 12), 16)).toBe(at);
    expect(id[14]).toBe("7");
    expect("89ab").toContain(id[19]);
  });

  it("differs at the same millisecond and sorts by time across milliseconds", () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => uuidV7(1_000)));
    expect(ids.size).toBe(10_000);
    expect(uuidV7(1_000) < uuidV7(1_001)).toBe(true);
  });
});
