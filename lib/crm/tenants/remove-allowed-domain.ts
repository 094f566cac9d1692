import { assertMayConfigure } from "../access/access";
import type { CrmContext } from "../context";
import { changeAllowedDomains } from "./change-allowed-domains";

/** Removes an allowed domain (every copy of it). Answers the list. */
export async function removeAllowedDomain(ctx: CrmContext, domain: string): Promise<string[]> {
  assertMayConfigure(ctx);
  const name = domain.trim().toLowerCase();
  return changeAllowedDomains(ctx, "tenant.domain_removed", name, async (db) => {
    const rows = await db.$queryRaw<{ allowedDomains: string[] }[]>`
      UPDATE "Tenant" SET "allowedDomains" = array_remove("allowedDomains", ${name}), "updatedAt" = now()
      WHERE "id" = ${ctx.tenantId}::uuid RETURNING "allowedDomains"`;
    return rows[0]?.allowedDomains ?? [];
  });
}
