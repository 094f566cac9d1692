import { principalForApiKey } from "@/lib/auth/api-key-principal";
import { someTenantAllowsOrigin, tenantAllowsOrigin } from "@/lib/crm/tenants/origin-allowed";
import { ApiError } from "./api-error";
import { presentedCredential } from "./authenticate";
import { bindRoute, type BoundRoute } from "./bind-route";
import type { Endpoint, HttpMethod, RouteHandler } from "./endpoint";
import { newRequestId } from "./request-id";

const ALLOWED_HEADERS = "Content-Type, X-API-Key";
const EXPOSED_HEADERS = "Content-Disposition, Retry-After, X-Request-Id, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset";

/**
 * `bindRoute` for endpoints that web pages of other sites call (the ribbon):
 * the same handlers plus CORS, for the origins of the tenants' allowed domains
 * only, never `*`.
 * - OPTIONS (preflight, no key): allowed when some tenant allows the origin,
 *   with `Content-Type` and `X-API-Key` as request headers; otherwise 403
 *   without CORS headers.
 * - A real request with a cross-site Origin is checked against its own key's
 *   tenant before it runs: an origin that tenant does not allow is refused
 *   with 403 (nothing is written). Allowed: the answer carries
 *   `Access-Control-Allow-Origin: <origin>` and `Vary: Origin`. Requests
 *   without Origin (servers, curl) are not affected. A request without a
 *   valid key gets its 401 with CORS headers when the preflight would have
 *   allowed the origin, so the page can read why it was refused.
 */
export function bindCorsRoute(...endpoints: Endpoint[]): BoundRoute & { OPTIONS: RouteHandler } {
  const bound = bindRoute(...endpoints);
  const byMethod = new Map(endpoints.map((e) => [e.spec.method, e]));
  const methods = [...byMethod.keys(), "OPTIONS"].join(", ");
  const wrapped = Object.fromEntries(
    (Object.keys(bound) as HttpMethod[]).map((method) => [method, withOriginCheck(bound[method], byMethod.get(method))]),
  ) as BoundRoute;
  return { ...wrapped, OPTIONS: preflight(methods) };
}

function preflight(methods: string): RouteHandler {
  return async (request) => {
    const origin = request.headers.get("origin");
    const headers = new Headers({ Vary: "Origin", "Cache-Control": "no-store" });
    if (!origin || !(await someTenantAllowsOrigin(origin))) return new Response(null, { status: 403, headers });
    headers.set("Access-Control-Allow-Origin", origin);
    headers.set("Access-Control-Allow-Methods", methods);
    headers.set("Access-Control-Allow-Headers", ALLOWED_HEADERS);
    headers.set("Access-Control-Max-Age", "600");
    return new Response(null, { status: 204, headers });
  };
}

function withOriginCheck(handler: RouteHandler, endpoint: Endpoint | undefined): RouteHandler {
  return async (request, context) => {
    const origin = request.headers.get("origin");
    if (!origin || !endpoint || sameOrigin(request, origin)) return handler(request, context);
    const tenantId = await tenantOf(request, endpoint);
    // No valid key: the endpoint answers 401 itself, readable by an origin the preflight would allow
    // (so the ribbon can show "invalid key" rather than a bare network error).
    if (!tenantId) {
      const response = await handler(request, context);
      if (await someTenantAllowsOrigin(origin)) allowOrigin(response, origin);
      return response;
    }
    if (!(await tenantAllowsOrigin(tenantId, origin))) {
      const spec = endpoint.spec;
      const rendered = spec.dialect.renderError(new ApiError("forbidden", "Origin not allowed"), {
        requestId: newRequestId(),
        timestamp: new Date().toISOString(),
      });
      return Response.json(rendered.body, { status: rendered.status, headers: { Vary: "Origin", "Cache-Control": "no-store" } });
    }
    return allowOrigin(await handler(request, context), origin);
  };
}

function allowOrigin(response: Response, origin: string): Response {
  response.headers.set("Access-Control-Allow-Origin", origin);
  response.headers.append("Vary", "Origin");
  response.headers.set("Access-Control-Expose-Headers", EXPOSED_HEADERS);
  return response;
}

/** The tenant of the key the request presents, read where the endpoint reads it (a body key from a copy of the body). */
async function tenantOf(request: Request, endpoint: Endpoint): Promise<string | null> {
  const styles = endpoint.spec.credentials ?? endpoint.spec.dialect.credentials;
  let body: unknown;
  if (styles.some((s) => s.in === "body")) {
    body = await request
      .clone()
      .json()
      .catch(() => undefined);
  }
  const presented = presentedCredential(styles, request, new URL(request.url), body);
  if (!presented || presented.jwt) return null;
  return (await principalForApiKey(presented.value))?.tenantId ?? null;
}

function sameOrigin(request: Request, origin: string): boolean {
  try {
    return new URL(request.url).origin === origin;
  } catch {
    return false;
  }
}
