import { randomBytes } from "node:crypto";
import { createApiKey } from "@/lib/crm/api-keys/create-api-key";
import { systemContext, type CrmContext } from "@/lib/crm/context";
import { createTenant, type CreateTenantInput } from "@/lib/crm/tenants/create-tenant";

export interface TestTenant {
  id: string;
  clientId: string;
  ctx: CrmContext;
  /** An API key with every scope. */
  key: string;
}

/** A tenant of its own for each test, so tests never see each other's rows. */
export async function createTestTenant(overrides: Partial<CreateTenantInput> = {}, scopes: string[] = ["*"]): Promise<TestTenant> {
  const clientId = `t-${randomBytes(5).toString("hex")}`;
  const tenant = await createTenant({ clientId, name: `Test ${clientId}`, ...overrides });
  const ctx = systemContext(tenant.id, "test");
  const { key } = await createApiKey(ctx, { name: "test key", scopes });
  return { id: tenant.id, clientId: tenant.clientId, ctx, key };
}

/** Another key for the same tenant, with the given scopes. */
export async function createTestKey(tenant: TestTenant, scopes: string[]): Promise<string> {
  return (await createApiKey(tenant.ctx, { name: `key ${scopes.join(",")}`, scopes })).key;
}
