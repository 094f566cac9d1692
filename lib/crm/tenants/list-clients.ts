import { getDb } from "@/lib/db/client";
import type { Plan } from "@/lib/db/generated/enums";
import { usageMonth } from "./usage";

export interface ClientSummary {
  clientId: string;
  name: string;
  plan: Plan;
  callsThisMonth: number;
  limit: number;
  /** Prefix of the tenant's oldest active API key, e.g. "demo-api-k…". */
  apiKeyPrefix: string | null;
}

/**
 * Every tenant with this month's call count: a platform-admin view, the only
 * cross-tenant read in lib/crm (callers must hold the platform credential).
 */
export async function listClients(): Promise<ClientSummary[]> {
  const db = await getDb();
  const month = usageMonth();
  const tenants = await db.tenant.findMany({
    orderBy: { clientId: "asc" },
    select: {
      clientId: true,
      name: true,
      plan: true,
      monthlyCallLimit: true,
      usage: { where: { month }, select: { calls: true } },
      apiKeys: { where: { revokedAt: null }, orderBy: { createdAt: "asc" }, take: 1, select: { prefix: true } },
    },
  });
  return tenants.map((tenant) => ({
    clientId: tenant.clientId,
    name: tenant.name,
    plan: tenant.plan,
    callsThisMonth: tenant.usage[0]?.calls ?? 0,
    limit: tenant.monthlyCallLimit,
    apiKeyPrefix: tenant.apiKeys[0]?.prefix ?? null,
  }));
}
