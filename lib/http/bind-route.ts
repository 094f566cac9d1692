import { ApiError } from "./api-error";
import type { Dialect } from "./dialect";
import type { Endpoint, HttpMethod, RouteHandler } from "./endpoint";
import { newRequestId } from "./request-id";

const METHODS: readonly HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

export type BoundRoute = Record<HttpMethod, RouteHandler>;

/**
 * The handlers of one route file: each declared endpoint under its method, and
 * every other method answering 405 in the dialect's envelope with an `Allow`
 * header (Next's own 405 is an empty body). All endpoints must share one path.
 *
 *   export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listLeads, createLead);
 */
export function bindRoute(...endpoints: Endpoint[]): BoundRoute {
  const first = endpoints[0];
  if (!first) throw new Error("bindRoute needs at least one endpoint");
  const byMethod = new Map<HttpMethod, Endpoint>();
  for (const endpoint of endpoints) {
    if (endpoint.spec.path !== first.spec.path) {
      throw new Error(`bindRoute: ${endpoint.spec.path} and ${first.spec.path} are different paths`);
    }
    if (byMethod.has(endpoint.spec.method)) throw new Error(`bindRoute: two ${endpoint.spec.method} endpoints for ${first.spec.path}`);
    byMethod.set(endpoint.spec.method, endpoint);
  }
  const allow = METHODS.filter((method) => byMethod.has(method)).join(", ");
  const notAllowed = methodNotAllowed(first.spec.dialect, allow);
  return Object.fromEntries(METHODS.map((method) => [method, byMethod.get(method)?.handler ?? notAllowed])) as BoundRoute;
}

/** 405 in the dialect's envelope, naming the methods the path does serve. */
export function methodNotAllowed(dialect: Dialect, allow: string): RouteHandler {
  return async (request) => {
    const requestId = newRequestId();
    const path = new URL(request.url).pathname;
    const rendered = dialect.renderError(new ApiError("method_not_allowed", `Method ${request.method} is not allowed on ${path}; allowed: ${allow}`), {
      requestId,
      timestamp: new Date().toISOString(),
    });
    return Response.json(rendered.body, {
      status: rendered.status,
      headers: { Allow: allow, "X-Request-Id": requestId, "Cache-Control": "no-store" },
    });
  };
}
