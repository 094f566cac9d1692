import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";

/** The workspace's currency (ISO 4217, "USD" by default): new invoices take it, pages format money in it. */
export async function getTenantCurrency(ctx: CrmContext): Promise<string> {
  const db = await getDb();
  const tenant = await db.tenant.findUnique({ where: { id: ctx.tenantId }, select: { currency: true } });
  return tenant?.currency ?? "USD";
}
