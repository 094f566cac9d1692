import { describe, expect, it } from "vitest";
import { apiKeyPrefix, generateApiKey } from "./api-key-secret";

describe("API key prefixes shown in lists", () => {
  it("keep 10 characters of a generated key but at most 4 of a short fixed one", () => {
    const key = generateApiKey();
    expect(apiKeyPrefix(key)).toBe(key.slice(0, 10));
    expect(apiKeyPrefix("demo-api-key-789")).toBe("demo");
    expect(apiKeyPrefix("collections-api-key-456")).toBe("coll");
  });
});
