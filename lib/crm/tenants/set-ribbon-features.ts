import { getDb } from "@/lib/db/client";
import { assertMayConfigure } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { ValidationFailed } from "../errors";
import { RIBBON_FEATURE_NAMES } from "./ribbon-features";

/** Sets the ribbon features init and config hand out, in the ribbon's own order. */
export async function setRibbonFeatures(ctx: CrmContext, features: string[]): Promise<string[]> {
  assertMayConfigure(ctx);
  const unknown = features.find((f) => !RIBBON_FEATURE_NAMES.includes(f));
  if (unknown !== undefined) throw new ValidationFailed([{ field: "features", message: `Unknown ribbon feature "${unknown}"` }]);
  const ordered = RIBBON_FEATURE_NAMES.filter((f) => features.includes(f));
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await tx.tenant.update({ where: { id: ctx.tenantId }, data: { features: ordered } });
    await recordAudit(tx, ctx, { action: "tenant.features_set", entityType: "tenant", entityId: ctx.tenantId, data: { features: ordered } });
  });
  return ordered;
}
