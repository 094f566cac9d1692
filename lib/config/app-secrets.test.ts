import { describe, expect, it } from "vitest";
import { resolveAppSecrets, type AppSecrets } from "./app-secrets";

const stored: Omit<AppSecrets, "previousEncryptionKeys"> = { sessionSecret: "s".repeat(43), encryptionKey: Buffer.alloc(32, 1).toString("base64") };
const key = Buffer.alloc(32, 2).toString("base64");
const strong = "x".repeat(32);

describe("app secrets from the environment", () => {
  it("treats empty variables as unset (the generated secrets are used), never as a secret", () => {
    expect(resolveAppSecrets({ NEXTAUTH_SECRET: "", ENCRYPTION_KEY: "" }, () => stored)).toEqual({ ...stored, previousEncryptionKeys: [] });
    expect(resolveAppSecrets({ NEXTAUTH_SECRET: "   ", ENCRYPTION_KEY: key }, () => stored)).toEqual({
      sessionSecret: stored.sessionSecret,
      encryptionKey: key,
      previousEncryptionKeys: [],
    });
  });

  it("refuses a session secret shorter than 32 characters", () => {
    expect(() => resolveAppSecrets({ NEXTAUTH_SECRET: "short-secret", ENCRYPTION_KEY: key }, () => stored)).toThrow("at least 32 characters");
    expect(resolveAppSecrets({ NEXTAUTH_SECRET: strong, ENCRYPTION_KEY: key }, () => stored)).toEqual({
      sessionSecret: strong,
      encryptionKey: key,
      previousEncryptionKeys: [],
    });
  });

  it("refuses an encryption key that is not 32 bytes", () => {
    expect(() => resolveAppSecrets({ NEXTAUTH_SECRET: strong, ENCRYPTION_KEY: "c2hvcnQ=" }, () => stored)).toThrow("32 bytes");
  });
});
