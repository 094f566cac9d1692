import { getDb } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { assertTestDataAllowed } from "./test-data-policy";

/** Deletes the workspace's generated leads (and only those). */
export async function clearTestLeads(ctx: CrmContext): Promise<{ deleted: number }> {
  await assertTestDataAllowed(ctx);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { count } = await tx.lead.deleteMany({ where: { tenantId: ctx.tenantId, isTestData: true } });
    await recordAudit(tx, ctx, { action: "lead.test_data_cleared", entityType: "lead", data: { count } });
    return { deleted: count };
  });
}
