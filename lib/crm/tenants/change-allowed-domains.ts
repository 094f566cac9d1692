import { getDb, type Prisma } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { forgetAllowedDomains } from "./allowed-domains";

/** One change to the allowed-domain list and its audit entry, in one transaction; then the cached list is dropped. */
export async function changeAllowedDomains(
  ctx: CrmContext,
  action: string,
  domain: string,
  change: (tx: Prisma.TransactionClient) => Promise<string[]>,
): Promise<string[]> {
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
