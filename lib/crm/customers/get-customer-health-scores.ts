import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { ownerScopeSql } from "../access/access";
import type { CrmContext } from "../context";
import { isUuid } from "../uuid";
import { bandOf, type HealthBand } from "./health-parts";
import { healthScoreSql, healthValuesSql } from "./health-sql";

export interface HealthScoreOnly {
  score: number;
  band: HealthBand;
}

/**
 * The health score and band of a page of customers (the customer list's
 * column), in one statement over only their rows: the same SQL rules as the
 * segments. Ids the actor may not see are simply absent.
 */
export async function getCustomerHealthScores(ctx: CrmContext, customerIds: readonly string[], now = new Date()): Promise<Map<string, HealthScoreOnly>> {
  const ids = customerIds.filter(isUuid);
  if (ids.length === 0) return new Map();
  const db = await getDb();
  const values = healthValuesSql(ctx.tenantId, now, ids, ownerScopeSql(ctx, `c."assignedToId"`));
  const rows = await db.$queryRaw<{ id: string; score: number }[]>(Prisma.sql`SELECT v.id, ${healthScoreSql("v")} AS score FROM (${values}) v`);
  return new Map(rows.map((row) => [row.id, { score: row.score, band: bandOf(row.score) }]));
}
