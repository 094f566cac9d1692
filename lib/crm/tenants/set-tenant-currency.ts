import { getDb } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { Forbidden, ValidationFailed } from "../errors";
import { currencyCode } from "./currencies";

/**
 * Changes the workspace's currency (admins only). Invoices keep the currency
 * they were issued in; new invoices and the pages' totals use the new one.
 */
export async function setTenantCurrency(ctx: CrmContext, input: string): Promise<string> {
  if (ctx.actor.type === "user" && ctx.actor.role !== "admin") throw new Forbidden("Only admins can change workspace settings");
  const parsed = currencyCode.safeParse(input);
  if (!parsed.success) throw new ValidationFailed([{ field: "currency", message: parsed.error.issues[0]?.message ?? "Invalid currency" }]);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { currency: true } });
    await tx.tenant.update({ where: { id: ctx.tenantId }, data: { currency: parsed.data } });
    await recordAudit(tx, ctx, {
      action: "tenant.currency_changed",
      entityType: "tenant",
      entityId: ctx.tenantId,
      data: { from: before.currency, to: parsed.data },
    });
    return parsed.data;
  });
}
