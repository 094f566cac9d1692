import { envCount } from "@/lib/config/env";

/**
 * Who is calling, for per-address limits (anonymous endpoints, failed
 * credentials, sign-in). The app server (scripts/server.ts) writes the
 * address it derives from the socket into this header, after removing any
 * value a client sent; route handlers cannot see the socket themselves.
 */
export const CLIENT_ADDRESS_HEADER = "x-crm-client-address";

const globalForServer = globalThis as typeof globalThis & { __crmClientAddressFromServer?: boolean };

/** Called by the app server in its own process: from now on the header is ours, not the client's. */
export function trustClientAddressHeader(): void {
  globalForServer.__crmClientAddressFromServer = true;
}

/** Trusted proxies in front of the app (TRUST_PROXY_HOPS, default 0: clients connect directly). */
export function trustedProxyHops(): number {
  return envCount("TRUST_PROXY_HOPS", 0);
}

/**
 * The client's address: the socket's peer, or behind `hops` trusted proxies
 * the entry those proxies appended to X-Forwarded-For (entries further left
 * are whatever the client claimed, and never used).
 */
export function addressFromSocket(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, socketAddress ?? "unknown"];
  return normalize(chain[Math.max(0, chain.length - 1 - hops)]!);
}

/**
 * The caller's address as the endpoint mechanism sees it. Under our server:
 * the header it set. Otherwise (plain `next start`, tests): with
 * TRUST_PROXY_HOPS, the entry the nearest trusted proxy wrote into
 * X-Forwarded-For; without it nothing trustworthy is known, so every such
 * caller shares one "unknown" bucket (safe, if coarse) rather than a bucket
 * the client names.
 */
export function clientAddress(request: Request): string {
  return clientAddressFrom((name) => request.headers.get(name));
}

/** The same from any header reader (next-auth hands `authorize` a plain header object). */
export function clientAddressFrom(header: (name: string) => string | null | undefined): string {
  if (globalForServer.__crmClientAddressFromServer) {
    return header(CLIENT_ADDRESS_HEADER) ?? "unknown";
  }
  const hops = trustedProxyHops();
  if (hops === 0) return "unknown";
  const forwarded = (header("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const entry = forwarded[forwarded.length - hops];
  return entry ? normalize(entry) : "unknown";
}

/** "::ffff:10.0.0.1" and "10.0.0.1" are one client. */
function normalize(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1").toLowerCase();
}
