import { generateKeyPair, exportSPKI, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { gateway } from "@/lib/dialects";
import { getDb } from "@/lib/db/client";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";

describe("gateway RS256 bearer tokens", () => {
  let tenant: TestTenant;
  let privateKey: CryptoKey;
  const kid = `kid-${Math.random().toString(36).slice(2)}`;

  beforeAll(async () => {
    tenant = await createTestTenant();
    const pair = await generateKeyPair("RS256");
    privateKey = pair.privateKey;
    const db = await getDb();
    await db.jwtKey.create({ data: { tenantId: tenant.id, kid, publicKeyPem: await exportSPKI(pair.publicKey) } });
  });

  const token = (claims: { aud?: string; iss?: string; exp?: string; scope?: string[] } = {}, key = privateKey, header = kid) =>
    new SignJWT({ scope: claims.scope ?? ["read:leads", "write:analytics"], role: "analyst" })
      .setProtectedHeader({ alg: "RS256", typ: "JWT", kid: header })
      .setSubject("user_123456")
      .setIssuer(claims.iss ?? "cloudvelous.com")
      .setAudience(claims.aud ?? "cloudvelous-api")
      .setIssuedAt()
      .setExpirationTime(claims.exp ?? "1h")
      .sign(key);

  const echo = async (bearer: string) => callRoute(gateway.echo.handler, { path: "/api/test/echo", headers: { Authorization: `Bearer ${bearer}` } });

  it("accepts a token signed with the tenant's registered key, with its scopes", async () => {
    const reply = await echo(await token());
    expect(reply.status).toBe(200);
    expect(reply.json.credential).toEqual({ type: "jwt", scopes: ["read:leads", "write:analytics"] });
  });

  it("rejects wrong audience, issuer, expiry, key or kid", async () => {
    const stranger = (await generateKeyPair("RS256")).privateKey;
    for (const bad of [
      await token({ aud: "someone-else" }),
      await token({ iss: "evil.example" }),
      await token({ exp: "-1m" }),
      await token({}, stranger),
      await token({}, privateKey, "unknown-kid"),
      "a.b.c",
    ]) {
      const reply = await echo(bad);
      expect(reply.status).toBe(401);
      expect(reply.json.error.code).toBe("UNAUTHORIZED");
    }
  });

  it("enforces the token's scopes", async () => {
    const reply = await callRoute(gateway.createLead.handler, {
      path: "/api/leads",
      headers: { Authorization: `Bearer ${await token({ scope: ["read:leads"] })}` },
      body: { name: "A", email: "a@example.com", source: "website" },
    });
    expect(reply.status).toBe(403);
  });
});
