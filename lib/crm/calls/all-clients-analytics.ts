import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Plan } from "@/lib/db/generated/enums";
import { usageMonth } from "../tenants/usage";

export interface ClientCallStats {
  clientId: string;
  clientName: string;
  plan: Plan;
  totalCalls: number;
  totalDuration: number;
  callsThisMonth: number;
  limit: number;
  /** callsThisMonth / limit in percent, rounded. */
  utilizationPercent: number;
}

/**
 * Every tenant's call totals (GET /api/admin/analytics/all): a platform-admin
 * view and, like listClients, a deliberate cross-tenant read — callers must
 * hold the platform credential. One grouped pass over the calls.
 */
export async function getAllClientsCallStats(now = new Date()): Promise<ClientCallStats[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<Omit<ClientCallStats, "utilizationPercent">[]>(Prisma.sql`
    SELECT t."clientId", t."name" AS "clientName", t."plan", t."monthlyCallLimit" AS "limit",
      coalesce(c."totalCalls", 0)::int AS "totalCalls", coalesce(c."totalDuration", 0)::float8 AS "totalDuration",
      coalesce(u."calls", 0)::int AS "callsThisMonth"
    FROM "Tenant" t
    LEFT JOIN (SELECT "tenantId", count(*) AS "totalCalls", sum("duration") AS "totalDuration" FROM "Call" GROUP BY "tenantId") c ON c."tenantId" = t."id"
    LEFT JOIN "TenantUsage" u ON u."tenantId" = t."id" AND u."month" = ${usageMonth(now)}
    ORDER BY t."clientId"`);
  return rows.map((row) => ({ ...row, utilizationPercent: row.limit > 0 ? Math.round((row.callsThisMonth / row.limit) * 100) : 0 }));
}
