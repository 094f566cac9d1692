import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("the sign-in callback URL", () => {
  it("refuses anything that resolves to another origin", () => {
    for (const evil of [
      "/\\evil.example",
      "/\\/evil.example",
      "/\t/evil.example",
      decodeURIComponent("/%09/evil.example"),
      "/\n/evil.example",
      "//evil.example",
      "https://evil.example/leads",
      "javascript:alert(1)",
      "http://relay.invalid@evil.example/",
    ]) {
      expect(safeCallbackPath(evil), JSON.stringify(evil)).toBe("/");
    }
  });

  it("keeps only the path, query and hash of a same-origin target", () => {
    expect(safeCallbackPath("/leads?status=new#top")).toBe("/leads?status=new#top");
    expect(safeCallbackPath("https://crm.example.com/settings", "https://crm.example.com")).toBe("/settings");
    expect(safeCallbackPath("settings/users")).toBe("/settings/users");
    expect(safeCallbackPath(undefined)).toBe("/");
  });
});
