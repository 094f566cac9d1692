import { getDb, type Prisma } from "@/lib/db/client";
import { assertMayConfigure } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { ValidationFailed } from "../errors";
import { forgetAllowedDomains } from "./allowed-domains";
import { allowedDomainName, MAX_ALLOWED_DOMAINS } from "./domain-name";

/**
 * Adds a domain the ribbon may run on (init, log-call, CORS). One atomic
 * array update: a domain already listed is kept once. Answers the list.
 */
export async function addAllowedDomain(ctx: CrmContext, domain: string): Promise<string[]> {
  assertMayConfigure(ctx);
  const parsed = allowedDomainName.safeParse(domain);
  if (!parsed.success) throw new ValidationFailed([{ field: "domain", message: parsed.error.issues[0]?.message ?? "Invalid domain" }]);
  return changeDomains(ctx, "tenant.domain_added", parsed.data, async (db) => {
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

/** Removes an allowed domain (every copy of it). Answers the list. */
export async function removeAllowedDomain(ctx: CrmContext, domain: string): Promise<string[]> {
  assertMayConfigure(ctx);
  const name = domain.trim().toLowerCase();
  return changeDomains(ctx, "tenant.domain_removed", name, async (db) => {
    const rows = await db.$queryRaw<{ allowedDomains: string[] }[]>`
      UPDATE "Tenant" SET "allowedDomains" = array_remove("allowedDomains", ${name}), "updatedAt" = now()
      WHERE "id" = ${ctx.tenantId}::uuid RETURNING "allowedDomains"`;
    return rows[0]?.allowedDomains ?? [];
  });
}

async function changeDomains(ctx: CrmContext, action: string, domain: string, change: (tx: Prisma.TransactionClient) => Promise<string[]>): Promise<string[]> {
  const db = await getDb();
  const domains = await db.$transaction(async (tx) => {
    const list = await change(tx);
    await recordAudit(tx, ctx, { action, entityType: "tenant", entityId: ctx.tenantId, data: { domain } });
    return list;
  });
  // log-call's short cache of this list must not keep the old one.
  forgetAllowedDomains(ctx.tenantId);
  return domains;
}
