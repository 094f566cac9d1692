import { createCipheriv, randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { forgetAppSecrets } from "@/lib/config/app-secrets";
import { keyId, seal, unseal } from "./secret-box";

const keyA = Buffer.alloc(32, 7).toString("base64"); // the test run's ENCRYPTION_KEY
const keyB = Buffer.alloc(32, 9).toString("base64");

function useKeys(current: string, previous?: string) {
  process.env.ENCRYPTION_KEY = current;
  if (previous) process.env.ENCRYPTION_KEY_PREVIOUS = previous;
  else delete process.env.ENCRYPTION_KEY_PREVIOUS;
  forgetAppSecrets();
}

/** A value as the earlier format stored it: "v1.<iv>.<tag>.<ciphertext>". */
function sealV1(plaintext: string, keyBase64: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", Buffer.from(keyBase64, "base64"), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", ...[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString("base64url"))].join(".");
}

describe("sealed secrets and ENCRYPTION_KEY rotation", () => {
  afterEach(() => useKeys(keyA));

  it("name the key that sealed them", () => {
    useKeys(keyA);
    const sealed = seal("tok-123");
    expect(sealed.split(".").slice(0, 2)).toEqual(["v2", keyId(Buffer.from(keyA, "base64"))]);
    expect(unseal(sealed)).toBe("tok-123");
  });

  it("stay readable after a rotation that lists the old key in ENCRYPTION_KEY_PREVIOUS; new ones use the new key", () => {
    useKeys(keyA);
    const old = seal("tok-old");
    const legacy = sealV1("tok-legacy", keyA);
    useKeys(keyB, keyA);
    expect(unseal(old)).toBe("tok-old");
    expect(unseal(legacy)).toBe("tok-legacy");
    const fresh = seal("tok-new");
    expect(fresh.split(".")[1]).toBe(keyId(Buffer.from(keyB, "base64")));
    useKeys(keyB); // the old key retired
    expect(unseal(fresh)).toBe("tok-new");
    expect(() => unseal(old)).toThrow("unknown ENCRYPTION_KEY");
    expect(() => unseal(legacy)).toThrow("Unreadable sealed secret");
  });

  it("refuse tampered values", () => {
    useKeys(keyA);
    const parts = seal("tok").split(".");
    parts[4] = Buffer.from("other").toString("base64url");
    expect(() => unseal(parts.join("."))).toThrow();
  });
});
