import { assertMayConfigure } from "../access/access";
import type { CrmContext } from "../context";
import { ValidationFailed } from "../errors";
import { changeAllowedDomains } from "./change-allowed-domains";
import { allowedDomainName, MAX_ALLOWED_DOMAINS } from "./domain-name";

/**
 * Adds a domain the ribbon may run on (init, log-call, CORS). One atomic
 * array update: a domain already listed is kept once. Answers the list.
 */
export async function addAllowedDomain(ctx: CrmContext, domain: string): Promise<string[]> {
  assertMayConfigure(ctx);
  const parsed = allowedDomainName.safeParse(domain);
  if (!parsed.success) throw new ValidationFailed([{ field: "domain", message: parsed.error.issues[0]?.message ?? "Invalid domain" }]);
  return changeAllowedDomains(ctx, "tenant.domain_added", parsed.data, async (db) => {
    const rows = await db.$queryRaw<{ allowedDomains: string[] }[]>`
      UPDATE "Tenant" SET "allowedDomains" = array_append("allowedDomains", ${parsed.data}), "updatedAt" = now()
      WHERE "id" = ${ctx.tenantId}::uuid AND NOT (${parsed.data} = ANY ("allowedDomains")) AND cardinality("allowedDomains") < ${MAX_ALLOWED_DOMAINS}
      RETURNING "allowedDomains"`;
    if (rows[0]) return rows[0].allowedDomains;
    const tenant = await db.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { allowedDomains: true } });
    if (tenant.allowedDomains.includes(parsed.data)) throw new ValidationFailed([{ field: "domain", message: `${parsed.data} is already allowed` }]);
    throw new ValidationFailed([{ field: "domain", message: `At most ${MAX_ALLOWED_DOMAINS} domains` }]);
  });
}
