import dns from "node:dns";
import type { LookupAddress } from "node:dns";
import net from "node:net";
import ipaddr from "ipaddr.js";

/**
 * Webhook URLs are fetched by the server, so a URL must not reach into the
 * server's own network (SSRF): every address a host resolves to must be a
 * public unicast address. Tests and local development opt out with
 * WEBHOOK_ALLOW_PRIVATE_URLS=1.
 */
export function privateUrlsAllowed(): boolean {
  return process.env.WEBHOOK_ALLOW_PRIVATE_URLS === "1";
}

export class OutboundRefused extends Error {}

/** True for public unicast addresses only (no private, loopback, link-local, CGNAT, multicast, reserved…). */
export function isPublicAddress(ip: string): boolean {
  if (!ipaddr.isValid(ip)) return false;
  let address = ipaddr.parse(ip);
  if (address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress()) address = (address as ipaddr.IPv6).toIPv4Address();
  return address.range() === "unicast";
}

/** The URL's host without IPv6 brackets. */
export function urlHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, "$1");
}

/**
 * Resolves a host and returns its addresses when all are allowed; throws
 * OutboundRefused otherwise (or when it does not resolve).
 */
export async function resolveAllowedAddresses(host: string): Promise<LookupAddress[]> {
  const addresses = net.isIP(host) ? [{ address: host, family: net.isIP(host) }] : await lookupAll(host);
  if (addresses.length === 0) throw new OutboundRefused(`${host} does not resolve`);
  if (!privateUrlsAllowed()) {
    const blocked = addresses.find((a) => !isPublicAddress(a.address));
    if (blocked) throw new OutboundRefused(`${host} resolves to ${blocked.address}, a private, loopback or link-local address`);
  }
  return addresses;
}

async function lookupAll(host: string): Promise<LookupAddress[]> {
  try {
    return await dns.promises.lookup(host, { all: true, verbatim: true });
  } catch {
    throw new OutboundRefused(`${host} does not resolve`);
  }
}

/**
 * A `lookup` for http.request that answers with addresses already checked,
 * so DNS cannot answer differently between the check and the connection.
 */
export function pinnedLookup(addresses: LookupAddress[]): net.LookupFunction {
  return (_host, options, callback) => {
    if (options.all) return (callback as unknown as (error: null, all: LookupAddress[]) => void)(null, addresses);
    const first = addresses.find((a) => !options.family || a.family === options.family) ?? addresses[0]!;
    callback(null, first.address, first.family);
  };
}
