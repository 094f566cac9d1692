import { getDb } from "@/lib/db/client";
import type { Plan } from "@/lib/db/generated/enums";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { callUsage, callsThisMonth, type CallUsage } from "./usage";

export interface TenantConfig {
  clientId: string;
  name: string;
  plan: Plan;
  features: string[];
  usage: CallUsage;
}

/** The caller's plan, features and this month's call usage. */
export async function getTenantConfig(ctx: CrmContext): Promise<TenantConfig> {
  const db = await getDb();
  const [tenant, calls] = await Promise.all([
    db.tenant.findUnique({
      where: { id: ctx.tenantId },
      select: { clientId: true, name: true, plan: true, features: true, monthlyCallLimit: true },
    }),
    callsThisMonth(db, ctx.tenantId),
  ]);
  if (!tenant) throw new NotFound("Tenant");
  return {
    clientId: tenant.clientId,
    name: tenant.name,
    plan: tenant.plan,
    features: tenant.features,
    usage: callUsage(calls, tenant.monthlyCallLimit),
  };
}
