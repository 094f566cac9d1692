import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { Forbidden } from "../errors";

/**
 * Test-data endpoints (/api/test/generate-leads, /api/test/mock-analytics,
 * /api/test/leads) serve workspaces on the trial plan, or every workspace when
 * GATEWAY_TEST_ENDPOINTS=1 (a staging or sandbox deployment). Elsewhere they
 * are refused, so production data never mixes with generated leads by accident.
 */
export async function assertTestDataAllowed(ctx: CrmContext): Promise<void> {
  if (process.env.GATEWAY_TEST_ENDPOINTS === "1") return;
  const db = await getDb();
  const tenant = await db.tenant.findUnique({ where: { id: ctx.tenantId }, select: { plan: true } });
  if (tenant?.plan !== "trial") {
    throw new Forbidden("Test endpoints are available to workspaces on the trial plan (or when GATEWAY_TEST_ENDPOINTS=1 is set)");
  }
}
