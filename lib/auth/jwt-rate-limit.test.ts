import { exportSPKI, generateKeyPair, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { setTenantRateLimit } from "@/lib/crm/tenants/set-tenant-rate-limit";
import { getDb } from "@/lib/db/client";
import { gateway } from "@/lib/dialects";
import { clearRateSettingsCache } from "@/lib/http/plan-rate-limits";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";

async function tenantWithJwtKey() {
  const tenant = await createTestTenant();
  const kid = `kid-${Math.random().toString(36).slice(2)}`;
  const pair = await generateKeyPair("RS256");
  const db = await getDb();
  await db.jwtKey.create({ data: { tenantId: tenant.id, kid, publicKeyPem: await exportSPKI(pair.publicKey) } });
  await setTenantRateLimit(tenant.clientId, "gateway:test", 3);
  const token = (sub: string) =>
    new SignJWT({ scope: ["read:leads"] })
      .setProtectedHeader({ alg: "RS256", kid })
      .setSubject(sub)
      .setIssuer("cloudvelous.com")
      .setAudience("cloudvelous-api")
      .setExpirationTime("1h")
      .sign(pair.privateKey);
  return { tenant, token };
}

const echo = async (token: string) => callRoute(gateway.echo.handler, { path: "/api/test/echo", headers: { Authorization: `Bearer ${token}` } });

describe("JWT rate-limit buckets", () => {
  it("are per tenant and signing key: another tenant minting the same sub does not exhaust ours, varying sub does not dodge", async () => {
    const a = await tenantWithJwtKey();
    const b = await tenantWithJwtKey();
    clearRateSettingsCache();
    for (let i = 0; i < 3; i++) expect((await echo(await b.token("user_123456"))).status).toBe(200);
    expect((await echo(await b.token("user_123456"))).status).toBe(429);

    // Tenant A's callers with the same sub are untouched by B's flood.
    const first = await echo(await a.token("user_123456"));
    expect(first.status).toBe(200);
    expect(first.headers.get("x-ratelimit-remaining")).toBe("2");

    // B cannot dodge its limit by minting fresh subjects.
    for (const sub of ["fresh-1", "fresh-2", "fresh-3"]) {
      const reply = await echo(await b.token(sub));
      expect(reply.status).toBe(429);
      expect(reply.json.error.code).toBe("RATE_LIMIT_EXCEEDED");
    }
  });
});
