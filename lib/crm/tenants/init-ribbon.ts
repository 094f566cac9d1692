import { getDb } from "@/lib/db/client";
import type { Plan } from "@/lib/db/generated/enums";
import { unseal } from "@/lib/security/secret-box";
import type { CrmContext } from "../context";
import { Forbidden, LimitExceeded, NotFound } from "../errors";
import { callsThisMonth } from "./usage";

export interface RibbonSession {
  telephonyToken: string | null;
  telephonyUserId: string | null;
  features: string[];
  name: string;
  plan: Plan;
  remainingCalls: number;
}

/**
 * Starts a ribbon for a page on `domain`: the domain must be one the tenant
 * allows (or a subdomain of one; an empty list allows any), and the month's
 * call allowance must not be used up. Hands back the telephony credentials,
 * decrypted only for this answer.
 */
export async function initRibbon(ctx: CrmContext, domain: string, now = new Date()): Promise<RibbonSession> {
  const db = await getDb();
  const tenant = await db.tenant.findUnique({
    where: { id: ctx.tenantId },
    select: { name: true, plan: true, features: true, monthlyCallLimit: true, allowedDomains: true, telephonyTokenEnc: true, telephonyUserIdEnc: true },
  });
  if (!tenant) throw new NotFound("Tenant");
  if (!domainAllowed(domain, tenant.allowedDomains)) throw new Forbidden("Domain not allowed");
  const used = await callsThisMonth(db, ctx.tenantId, now);
  const remaining = tenant.monthlyCallLimit - used;
  if (remaining <= 0) throw new LimitExceeded("Monthly call limit exceeded", secondsToNextMonth(now));
  return {
    telephonyToken: tenant.telephonyTokenEnc ? unseal(tenant.telephonyTokenEnc) : null,
    telephonyUserId: tenant.telephonyUserIdEnc ? unseal(tenant.telephonyUserIdEnc) : null,
    features: tenant.features,
    name: tenant.name,
    plan: tenant.plan,
    remainingCalls: remaining,
  };
}

/** "app.yourcrm.com" is allowed by "yourcrm.com"; a port or scheme in the request is ignored. */
export function domainAllowed(domain: string, allowed: readonly string[]): boolean {
  if (allowed.length === 0) return true;
  const host = domain.trim().toLowerCase().replace(/^[a-z]+:\/\//, "").split(/[/:]/)[0] ?? "";
  return allowed.some((entry) => {
    const base = entry.toLowerCase();
    return host === base || host.endsWith(`.${base}`);
  });
}

function secondsToNextMonth(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  return Math.ceil((next - now.getTime()) / 1000);
}
