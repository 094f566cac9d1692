import { getDb } from "@/lib/db/client";
import { assertMayConfigure } from "../access/access";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { getTenantConfig, type TenantConfig } from "./get-tenant-config";

export interface TelephonySettings extends TenantConfig {
  allowedDomains: string[];
  /** Whether credentials are stored; the values themselves never leave the server except through init. */
  telephonyTokenSet: boolean;
  telephonyUserIdSet: boolean;
}

/** What Settings → Telephony shows: the ribbon's domains, features, plan, usage, and whether credentials are set. */
export async function getTelephonySettings(ctx: CrmContext): Promise<TelephonySettings> {
  assertMayConfigure(ctx);
  const db = await getDb();
  const [config, tenant] = await Promise.all([
    getTenantConfig(ctx),
    db.tenant.findUnique({ where: { id: ctx.tenantId }, select: { allowedDomains: true, telephonyTokenEnc: true, telephonyUserIdEnc: true } }),
  ]);
  if (!tenant) throw new NotFound("Tenant");
  return {
    ...config,
    allowedDomains: tenant.allowedDomains,
    telephonyTokenSet: tenant.telephonyTokenEnc !== null,
    telephonyUserIdSet: tenant.telephonyUserIdEnc !== null,
  };
}
