import { generateKeyPairSync } from "node:crypto";
import { exportJWK, exportPKCS8, exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { gateway } from "@/lib/dialects";
import { clearApiKeyCache } from "@/lib/auth/api-key-principal";
import { listJwtKeys } from "@/lib/crm/api-keys/list-jwt-keys";
import { registerJwtKey } from "@/lib/crm/api-keys/register-jwt-key";
import { revokeJwtKey } from "@/lib/crm/api-keys/revoke-jwt-key";
import { createLead } from "@/lib/crm/leads/create-lead";
import { leadPublicId } from "@/lib/crm/leads/lead-public-id";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";

interface Claims {
  aud?: string;
  iss?: string;
  exp?: string;
  scope?: string[] | string;
  role?: string;
}

describe("gateway endpoints with RS256 bearer tokens", () => {
  let tenant: TestTenant;
  let privateKey: CryptoKey;
  let kid: string;
  let leadId: string;

  beforeAll(async () => {
    tenant = await createTestTenant();
    const pair = await generateKeyPair("RS256");
    privateKey = pair.privateKey;
    const [registered] = await registerJwtKey(tenant.ctx, { publicKey: await exportSPKI(pair.publicKey) });
    kid = registered!.kid;
    leadId = leadPublicId((await createLead(tenant.ctx, { name: "Jo", email: "jo@example.com", source: "website" })).id);
  });

  const token = (claims: Claims = {}) =>
    new SignJWT({ scope: claims.scope ?? ["read:leads", "write:leads", "read:analytics", "write:analytics"], ...(claims.role ? { role: claims.role } : {}) })
      .setProtectedHeader({ alg: "RS256", typ: "JWT", kid })
      .setSubject("user_123456")
      .setIssuer(claims.iss ?? "cloudvelous.com")
      .setAudience(claims.aud ?? "cloudvelous-api")
      .setIssuedAt()
      .setExpirationTime(claims.exp ?? "1h")
      .sign(privateKey);
  const bearer = async (claims?: Claims) => ({ Authorization: `Bearer ${await token(claims)}` });

  it("reads and writes leads and analytics with the seed's scopes", async () => {
    const headers = await bearer();
    expect((await callRoute(gateway.getLead.handler, { path: `/api/leads/${leadId}`, headers, params: { id: leadId } })).status).toBe(200);
    expect((await callRoute(gateway.leadAnalytics.handler, { path: "/api/analytics/leads", headers })).status).toBe(200);
    const patched = await callRoute(gateway.updateLead.handler, {
      method: "PATCH",
      path: `/api/leads/${leadId}`,
      headers,
      params: { id: leadId },
      body: { status: "contacted" },
    });
    expect(patched.status).toBe(200);
  });

  it("refuses wrong audience, wrong issuer, expired and unsigned tokens with 401", async () => {
    for (const claims of [{ aud: "another-api" }, { iss: "evil.example" }, { exp: "-5m" }]) {
      const reply = await callRoute(gateway.leadAnalytics.handler, { path: "/api/analytics/leads", headers: await bearer(claims) });
      expect(reply.status).toBe(401);
      expect(reply.json.error).toMatchObject({ code: "UNAUTHORIZED", message: "Invalid or expired token" });
    }
    const none = await callRoute(gateway.leadAnalytics.handler, { path: "/api/analytics/leads" });
    expect(none.status).toBe(401);
  });

  it("refuses a token without the endpoint's scope with 403", async () => {
    const reply = await callRoute(gateway.leadAnalytics.handler, { path: "/api/analytics/leads", headers: await bearer({ scope: "read:leads" }) });
    expect(reply.status).toBe(403);
    expect(reply.json.error).toMatchObject({ code: "FORBIDDEN", message: "This credential lacks the read:analytics scope" });
  });

  it("lets role analyst read analytics and run analyses, but not write leads, whatever its scopes say", async () => {
    const headers = await bearer({ role: "analyst", scope: ["read:leads", "write:leads", "read:analytics", "write:analytics"] });
    expect((await callRoute(gateway.leadAnalytics.handler, { path: "/api/analytics/leads", headers })).status).toBe(200);
    expect((await callRoute(gateway.analyze.handler, { path: "/api/analyze", headers, body: { text: "Great product" } })).status).toBe(200);
    expect((await callRoute(gateway.getLead.handler, { path: `/api/leads/${leadId}`, headers, params: { id: leadId } })).status).toBe(200);
    const patched = await callRoute(gateway.updateLead.handler, {
      method: "PATCH",
      path: `/api/leads/${leadId}`,
      headers,
      params: { id: leadId },
      body: { status: "lost" },
    });
    expect(patched.status).toBe(403);
    const created = await callRoute(gateway.createLead.handler, {
      path: "/api/leads",
      headers,
      body: { name: "A", email: "a@example.com", source: "website" },
    });
    expect(created.status).toBe(403);
    const everything = await bearer({ role: "analyst", scope: ["*"] });
    expect(
      (await callRoute(gateway.createLead.handler, { path: "/api/leads", headers: everything, body: { name: "A", email: "a@example.com", source: "website" } }))
        .status,
    ).toBe(403);
  });
});

describe("registering JWT keys", () => {
  it("accepts a JWKS document, using each key's kid, and refuses a kid already in use", async () => {
    const tenant = await createTestTenant();
    const a = await exportJWK((await generateKeyPair("RS256", { extractable: true })).publicKey);
    const b = await exportJWK((await generateKeyPair("RS256", { extractable: true })).publicKey);
    const kids = [`a-${Date.now()}`, `b-${Date.now()}`];
    const keys = await registerJwtKey(tenant.ctx, {
      publicKey: JSON.stringify({
        keys: [
          { ...a, kid: kids[0], use: "sig" },
          { ...b, kid: kids[1], alg: "RS256" },
        ],
      }),
    });
    expect(keys.map((k) => k.kid)).toEqual(kids);
    expect(keys[0]).toMatchObject({ issuer: "cloudvelous.com", audience: "cloudvelous-api", algorithm: "RSA 2048", revokedAt: null });
    const other = await createTestTenant();
    await expect(registerJwtKey(other.ctx, { publicKey: JSON.stringify({ ...a, kid: kids[0] }) })).rejects.toMatchObject({ kind: "conflict", field: "kid" });
  });

  it("names a key without kid by its RFC 7638 thumbprint", async () => {
    const tenant = await createTestTenant();
    const jwk = await exportJWK((await generateKeyPair("RS256", { extractable: true })).publicKey);
    const [key] = await registerJwtKey(tenant.ctx, { publicKey: JSON.stringify(jwk) });
    const { calculateJwkThumbprint } = await import("jose");
    expect(key!.kid).toBe(await calculateJwkThumbprint(jwk));
  });

  it("refuses private keys, weak keys and text that is no key, naming public_key", async () => {
    const tenant = await createTestTenant();
    const pair = await generateKeyPair("RS256", { extractable: true });
    const weak = generateKeyPairSync("rsa", { modulusLength: 1024 }).publicKey.export({ type: "spki", format: "pem" }).toString();
    for (const publicKey of [await exportPKCS8(pair.privateKey), JSON.stringify(await exportJWK(pair.privateKey)), weak, "hello", '{"keys":[]}', ""]) {
      await expect(registerJwtKey(tenant.ctx, { publicKey })).rejects.toMatchObject({
        kind: "validation",
        fields: [expect.objectContaining({ field: "public_key" })],
      });
    }
    expect(await listJwtKeys(tenant.ctx)).toEqual([]);
  });

  it("stops accepting a revoked key's tokens, and answers NotFound for another workspace's key", async () => {
    const tenant = await createTestTenant();
    const pair = await generateKeyPair("RS256");
    const [key] = await registerJwtKey(tenant.ctx, { publicKey: await exportSPKI(pair.publicKey), kid: `revoke-${Date.now()}`, audience: "my-api" });
    const signed = await new SignJWT({ scope: "read:analytics" })
      .setProtectedHeader({ alg: "RS256", kid: key!.kid })
      .setSubject("s")
      .setIssuer("cloudvelous.com")
      .setAudience("my-api")
      .setExpirationTime("1h")
      .sign(pair.privateKey);
    const call = () => callRoute(gateway.mockAnalytics.handler, { path: "/api/test/mock-analytics", headers: { Authorization: `Bearer ${signed}` } });
    expect((await call()).status).toBe(200);
    const other = await createTestTenant();
    await expect(revokeJwtKey(other.ctx, key!.id)).rejects.toMatchObject({ kind: "not_found" });
    await revokeJwtKey(tenant.ctx, key!.id);
    expect((await listJwtKeys(tenant.ctx))[0]!.revokedAt).toBeInstanceOf(Date);
    clearApiKeyCache();
    await expect.poll(async () => (await call()).status, { timeout: 8_000, interval: 500 }).toBe(401);
  });
});
