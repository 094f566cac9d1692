import { describe, expect, it } from "vitest";
import { startupProblems } from "./startup-checks";

const production = { NODE_ENV: "production", NEXTAUTH_URL: "https://crm.example.com", NEXTAUTH_SECRET: "s".repeat(32), ENCRYPTION_KEY: "k" };

describe("start-up checks", () => {
  it("refuse an ADMIN_API_KEY shorter than 32 characters, and accept none or a long one", () => {
    expect(startupProblems({ ADMIN_API_KEY: "test-admin-key" })).toEqual(["ADMIN_API_KEY must be at least 32 characters (openssl rand -hex 32), or unset"]);
    expect(startupProblems({})).toEqual([]);
    expect(startupProblems({ ADMIN_API_KEY: "" })).toEqual([]);
    expect(startupProblems({ ADMIN_API_KEY: "a".repeat(32) })).toEqual([]);
  });

  it("in production, require NEXTAUTH_URL (no forwarded-host guessing) and the secrets from the environment", () => {
    expect(startupProblems(production)).toEqual([]);
    expect(startupProblems({ ...production, NEXTAUTH_URL: "" })).toEqual([expect.stringContaining("NEXTAUTH_URL must be set in production")]);
    expect(startupProblems({ ...production, NEXTAUTH_SECRET: undefined })).toEqual([expect.stringContaining("NEXTAUTH_SECRET must be set")]);
    expect(startupProblems({ NODE_ENV: "development" })).toEqual([]);
  });
});
