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

/** Where the request came from, as the browser said (Origin, else Referer); null for server-to-server callers. */
export interface RibbonCaller {
  origin: string | null;
}

/**
 * Starts a ribbon for a page on `domain`: the domain must be one the tenant
 * allows (or a subdomain of one; an empty list allows any), and the month's
 * call allowance must not be used up. A browser's request carries an Origin
 * (or Referer) the body cannot overrule: its host must be allowed and be the
 * body's domain. Hands back the telephony credentials, decrypted only for
 * this answer.
 */
export async function initRibbon(ctx: CrmContext, domain: string, caller: RibbonCaller, now = new Date()): Promise<RibbonSession> {
  const db = await getDb();
  const tenant = await db.tenant.findUnique({
    where: { id: ctx.tenantId },
    select: { name: true, plan: true, features: true, monthlyCallLimit: true, allowedDomains: true, telephonyTokenEnc: true, telephonyUserIdEnc: true },
  });
  if (!tenant) throw new NotFound("Tenant");
  if (!callerAllowed(domain, caller, tenant.allowedDomains)) throw new Forbidden("Domain not allowed");
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

/** The body's domain is an allowed host; so is the Origin's (or Referer's) host, when sent, and it is the same host. */
export function callerAllowed(domain: string, caller: RibbonCaller, allowed: readonly string[]): boolean {
  const host = hostOf(domain);
  if (!host || !hostAllowed(host, allowed)) return false;
  if (caller.origin === null) return true;
  const originHost = hostOf(caller.origin, true);
  return originHost === host;
}

/** "app.yourcrm.com" is allowed by "yourcrm.com"; an empty list allows any host. */
export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  if (allowed.length === 0) return true;
  return allowed.some((entry) => {
    const base = entry.trim().toLowerCase();
    return base !== "" && (host === base || host.endsWith(`.${base}`));
  });
}

/**
 * The host name in `value` ("yourcrm.com", "https://app.yourcrm.com:8443"),
 * or null when it is anything more (a path, query, fragment, credentials) or
 * not a URL at all: "evil.example?.yourcrm.com" names evil.example, so it is
 * refused rather than read as a subdomain. A Referer (`withPath`) may carry a path.
 */
function hostOf(value: string, withPath = false): string | null {
  const text = value.trim();
  if (text === "" || /[\s\\]/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password || !url.hostname) return null;
  if (!withPath && (url.pathname !== "/" || url.search || url.hash || /[?#]$/.test(text))) return null;
  return url.hostname.toLowerCase();
}

function secondsToNextMonth(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  return Math.ceil((next - now.getTime()) / 1000);
}
