import { getDb } from "@/lib/db/client";
import { ownerScopeSql } from "../access/access";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";
import { HEALTH_PARTS, scoreHealth, type HealthScore, type HealthValues } from "./health-parts";
import { healthValuesSql } from "./health-sql";

export interface CustomerHealth extends HealthScore {
  customerId: string;
  computedAt: Date;
}

/** A row of `healthValuesSql` (numeric columns arrive as Decimal) as plain part values. */
export function toHealthValues(row: Record<string, unknown>): HealthValues {
  const values = {} as HealthValues;
  for (const rule of HEALTH_PARTS) {
    const raw = row[rule.key];
    values[rule.key] = raw === null || raw === undefined ? null : Number(raw);
  }
  return values;
}

/** One customer's health, explained part by part (the same values the segments and reports use); another rep's customer is NotFound. */
export async function getCustomerHealth(ctx: CrmContext, customerId: string, now = new Date()): Promise<CustomerHealth> {
  if (!isUuid(customerId)) throw new NotFound("Customer");
  const db = await getDb();
  const rows = await db.$queryRaw<Record<string, unknown>[]>(healthValuesSql(ctx.tenantId, now, customerId, ownerScopeSql(ctx, `c."assignedToId"`)));
  const row = rows[0];
  if (!row) throw new NotFound("Customer");
  return { customerId, computedAt: now, ...scoreHealth(toHealthValues(row)) };
}
