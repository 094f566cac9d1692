import type { CrmContext } from "@/lib/crm/context";
import { createUser } from "@/lib/crm/users/create-user";
import type { Role } from "@/lib/db/generated/enums";
import type { TestTenant } from "./test-tenant";

/** A new user of the tenant with this role, as the context its pages would act with. */
export async function roleContext(tenant: TestTenant, role: Role, name: string): Promise<CrmContext> {
  const user = await createUser(tenant.ctx, { name, email: `${name.toLowerCase()}-${tenant.clientId}@example.com`, password: "a-long-password", role });
  return { tenantId: tenant.id, actor: { type: "user", id: user.id, role } };
}
