import { DIALECTS } from "@/lib/dialects";
import type { CredentialStyle, Dialect } from "@/lib/http/dialect";
import type { Endpoint } from "@/lib/http/endpoint";

/** One declared endpoint, as the guard sees it. */
export interface GuardedEndpoint {
  /** "METHOD /path", e.g. "GET /dev/crm/leads/{leadId}": the endpoint's name in test titles. */
  name: string;
  dialect: Dialect;
  endpoint: Endpoint;
  spec: Endpoint["spec"];
  /** The `{names}` of its path, in order. */
  pathParams: string[];
  /** Where its credential goes (the endpoint's own styles, else the dialect's). */
  styles: CredentialStyle[];
}

/** Every endpoint in the registry (`DIALECTS`): the guard's only source of endpoints. */
export function guardedEndpoints(): GuardedEndpoint[] {
  return Object.values(DIALECTS).flatMap(({ dialect, endpoints }) =>
    endpoints.map((endpoint) => ({
      name: endpointName(endpoint),
      dialect,
      endpoint,
      spec: endpoint.spec,
      pathParams: [...endpoint.spec.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!),
      styles: endpoint.spec.credentials ?? dialect.credentials,
    })),
  );
}

export function endpointName(endpoint: Endpoint): string {
  return `${endpoint.spec.method} ${endpoint.spec.path}`;
}

/** The registered endpoint named "METHOD /path", or undefined while it has not landed. */
export function findEndpoint(name: string): GuardedEndpoint | undefined {
  return guardedEndpoints().find((candidate) => candidate.name === name);
}

/** The path with its `{params}` filled in (each value URL-encoded). */
export function fillPath(path: string, params: Record<string, string>): string {
  // A lone surrogate cannot travel in a URL; the handler still gets the raw value as its param.
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent((params[name] ?? "missing").toWellFormed()));
}
