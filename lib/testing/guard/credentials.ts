import { createTestKey, createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";
import type { GuardedEndpoint } from "./registry";

/** The platform admin credential of the test run (lib/testing/setup-env.ts sets ADMIN_API_KEY). */
export function adminKey(): string {
  const key = process.env.ADMIN_API_KEY;
  if (!key) throw new Error("ADMIN_API_KEY is not set for the test run");
  return key;
}

/**
 * Valid credentials for one endpoint, rotated before its rate limit bites
 * (the gateway's /api/analyze allows 20 a minute per key), so a long run
 * keeps testing validation rather than the limiter. Call `next()` outside any
 * before/after database comparison: creating a key writes rows.
 */
export class CredentialSupply {
  private used = 0;
  private current: string | null = null;
  private readonly perKey: number;

  private constructor(
    readonly target: GuardedEndpoint,
    readonly tenant: TestTenant,
  ) {
    const rule = target.spec.rateLimit ?? target.dialect.rateLimit;
    this.perKey = Math.max(1, Math.min(rule.points - 2, 200));
  }

  static async create(target: GuardedEndpoint, tenant?: TestTenant): Promise<CredentialSupply> {
    return new CredentialSupply(target, tenant ?? (await createTestTenant()));
  }

  /** The credential for the next request (null for public endpoints). */
  async next(): Promise<string | null> {
    const { auth } = this.target.spec;
    if (auth === "none") return null;
    if (auth === "platform_admin") return adminKey();
    if (this.current === null) this.current = this.tenant.key;
    else if (this.used >= this.perKey) {
      this.current = await createTestKey(this.tenant, ["*"]);
      this.used = 0;
    }
    this.used++;
    return this.current;
  }
}
