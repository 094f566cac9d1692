import { describe, expect, it } from "vitest";
import { generateWebhookSecret, signWebhook, verifyWebhook } from "./webhook-signature";

describe("Standard Webhooks signatures", () => {
  it("matches the spec's published example", () => {
    // From the Standard Webhooks specification's test vectors.
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const body = '{"test": 2432232314}';
    expect(signWebhook(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body)).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("verifies its own signatures, refuses tampering, wrong secrets and stale timestamps, accepts one of several", () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const now = 1_800_000_000;
    const headers = { id: "evt_1", timestamp: String(now), signature: signWebhook(secret, "evt_1", now, "{}") };
    expect(verifyWebhook(secret, headers, "{}", { nowSeconds: now })).toBe(true);
    expect(verifyWebhook(secret, headers, "{ }", { nowSeconds: now })).toBe(false);
    expect(verifyWebhook(generateWebhookSecret(), headers, "{}", { nowSeconds: now })).toBe(false);
    expect(verifyWebhook(secret, headers, "{}", { nowSeconds: now + 301 })).toBe(false);
    expect(verifyWebhook(secret, { ...headers, signature: `v1,bogus ${headers.signature}` }, "{}", { nowSeconds: now })).toBe(true);
  });
});
