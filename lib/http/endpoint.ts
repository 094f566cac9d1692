import type { z } from "zod";
import { rateLimitKey, type Principal } from "@/lib/auth/principal";
import { hasScope, type Scope } from "@/lib/auth/scopes";
import type { CrmContext } from "@/lib/crm/context";
import { ApiError } from "./api-error";
import { authenticate, type AuthMode } from "./authenticate";
import { reportContractDrift } from "./contract-drift";
import type { CredentialStyle, Dialect } from "./dialect";
import { effectiveRule } from "./plan-rate-limits";
import { consumeRateLimit, type RateLimitOutcome, type RateLimitRule } from "./rate-limit";
import { refuseNul } from "./input-guards";
import { readJsonBody } from "./read-body";
import { newRequestId } from "./request-id";
import { toApiError } from "./to-api-error";
import { fieldErrors } from "./zod-issues";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Schema = z.ZodType;
type Infer<S> = S extends Schema ? z.output<S> : undefined;

export interface HandlerInput<A extends AuthMode, P, Q, B> {
  /** The tenant-scoped context domain functions take (tenant endpoints only). */
  ctx: A extends "tenant" ? CrmContext : null;
  principal: Principal;
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
  request: Request;
  url: URL;
  requestId: string;
}

/** One endpoint, declared once: the route handler, validation and OpenAPI all read this. */
export interface EndpointSpec<A extends AuthMode, P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined, R extends Schema> {
  dialect: Dialect;
  method: HttpMethod;
  /** OpenAPI-style path, e.g. "/dev/crm/leads/{leadId}"; {names} match the Next route's [names]. */
  path: string;
  summary: string;
  description?: string;
  auth: A;
  /** Defaults to the dialect's credential styles. */
  credentials?: CredentialStyle[];
  scope?: Scope;
  /** Defaults to the dialect's rule. */
  rateLimit?: RateLimitRule;
  params?: P;
  query?: Q;
  body?: B;
  /** The success body (wire shape). Checked at run time outside production, so tests catch drift. */
  response: R;
  /** Defaults to 200. */
  status?: number;
  /** When the endpoint answers 409 (a taken email, a state that forbids the change): documents the 409 in OpenAPI. */
  conflict?: string;
  /** A multipart/form-data file upload the handler reads from `request` itself (no JSON `body`), for the docs. */
  upload?: { field: string; description?: string };
  /** The success content type when it is not JSON (e.g. "text/csv" for a streamed export answered as a Response). */
  contentType?: string;
  /** Other success content types the endpoint may answer with (e.g. text/csv), for the docs. */
  alternativeContent?: string[];
  handler(input: HandlerInput<A, P, Q, B>): Promise<z.input<R> | Response>;
}

export type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
export type RouteHandler = (request: Request, context: RouteContext) => Promise<Response>;

export interface Endpoint {
  spec: EndpointSpec<AuthMode, Schema | undefined, Schema | undefined, Schema | undefined, Schema>;
  handler: RouteHandler;
}

const validateResponses = process.env.NODE_ENV !== "production";

export function defineEndpoint<
  A extends AuthMode,
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  R extends Schema = Schema,
>(spec: EndpointSpec<A, P, Q, B, R>): Endpoint {
  const rule = spec.rateLimit ?? spec.dialect.rateLimit;
  const styles = spec.credentials ?? spec.dialect.credentials;

  const handler: RouteHandler = async (request, context) => {
    const requestId = newRequestId();
    let limit: RateLimitOutcome | undefined;
    try {
      const url = new URL(request.url);
      const rawParams = (await context?.params) ?? {};
      // Query and path strings are refused with a NUL as bodies are (readJsonBody).
      for (const [name, value] of url.searchParams) refuseNul({ [name]: value }, "query");
      refuseNul(rawParams, "params");
      // The body is read before authenticating only when it carries the key (the ribbon's `apiKey`);
      // otherwise after, so a malformed or oversized body is counted and answered with the rate-limit headers.
      const keyInBody = styles.some((s) => s.in === "body");
      let rawBody = keyInBody ? await readJsonBody(request) : undefined;
      const principal = await authenticate(spec.auth, styles, request, url, rawBody);

      const applied = await effectiveRule(rule, principal);
      limit = await consumeRateLimit(applied, rateLimitKey(principal));
      if (!limit.allowed) {
        throw new ApiError(
          "rate_limited",
          `Rate limit exceeded: ${applied.points} requests per ${describeWindow(applied.durationSeconds)}`,
          [],
          limit.retryAfterSeconds,
        );
      }
      if (spec.scope && "scopes" in principal && !hasScope(principal.scopes, spec.scope)) {
        throw new ApiError("forbidden", `This credential lacks the ${spec.scope} scope`);
      }

      if (spec.body && !keyInBody) rawBody = await readJsonBody(request);
      const params = parse(spec.params, rawParams, "params", "bad_request");
      const query = parse(spec.query, Object.fromEntries(url.searchParams), "query", "bad_request");
      // An absent body reads as {}, so callers learn which fields are required.
      const body = parse(spec.body, rawBody ?? {}, undefined, "validation");
      const ctx = "tenantId" in principal ? { tenantId: principal.tenantId, actor: { type: principal.kind, id: principal.id } } : null;

      const result = await spec.handler({
        ctx: ctx as HandlerInput<A, P, Q, B>["ctx"],
        principal,
        params: params as Infer<P>,
        query: query as Infer<Q>,
        body: body as Infer<B>,
        request,
        url,
        requestId,
      });
      if (result instanceof Response) return withHeaders(result, requestId, limit);
      if (validateResponses) {
        const checked = spec.response.safeParse(result);
        if (!checked.success) {
          reportContractDrift(`${spec.method} ${spec.path}`, checked.error.message);
          throw new Error(`Response of ${spec.method} ${spec.path} breaks its schema: ${checked.error.message}`);
        }
      }
      return withHeaders(Response.json(result, { status: spec.status ?? 200 }), requestId, limit);
    } catch (thrown) {
      const error = toApiError(thrown, requestId);
      const rendered = spec.dialect.renderError(error, { requestId, timestamp: new Date().toISOString() });
      const response = Response.json(rendered.body, { status: rendered.status });
      if (error.retryAfter !== undefined) response.headers.set("Retry-After", String(error.retryAfter));
      return withHeaders(response, requestId, limit);
    }
  };

  return { spec: spec as unknown as Endpoint["spec"], handler };
}

function parse(schema: Schema | undefined, value: unknown, prefix: string | undefined, kind: "bad_request" | "validation"): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value ?? (prefix ? {} : undefined));
  if (result.success) return result.data;
  const fields = fieldErrors(result.error, prefix === "params" ? undefined : prefix === "query" ? undefined : prefix);
  const message = prefix === "params" ? "Invalid path parameter" : prefix === "query" ? "Invalid query parameters" : "Invalid input data";
  // A path parameter that cannot be an id of ours names nothing: 404, like a missing row.
  throw new ApiError(prefix === "params" ? "not_found" : kind, message, fields);
}

function withHeaders(response: Response, requestId: string, limit: RateLimitOutcome | undefined): Response {
  const headers = response.headers;
  headers.set("X-Request-Id", requestId);
  if (!headers.has("Cache-Control")) headers.set("Cache-Control", "no-store");
  if (limit) {
    headers.set("X-RateLimit-Limit", String(limit.limit));
    headers.set("X-RateLimit-Remaining", String(limit.remaining));
    headers.set("X-RateLimit-Reset", String(limit.resetAt));
  }
  return response;
}

function describeWindow(seconds: number): string {
  if (seconds === 60) return "minute";
  if (seconds === 3600) return "hour";
  return `${seconds} seconds`;
}
