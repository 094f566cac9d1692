import type { CredentialStyle } from "@/lib/http/dialect";
import { DEEP_NESTING, DEEP_NESTING_JSON } from "./bad-values";
import { fillPath, type GuardedEndpoint } from "./registry";

/** A request the guard sends straight to an endpoint's handler, as Next would. */
export interface GuardRequest {
  /** Path parameter values; unnamed ones read "missing". */
  params?: Record<string, string>;
  /** Query string pairs (values sent as they are, URL-encoded). */
  query?: Record<string, string> | [string, string][];
  /** A JSON value (serialised), or `{ raw }` sent byte for byte. */
  body?: unknown;
  raw?: string;
  contentType?: string;
  headers?: Record<string, string>;
  /** The credential and where it goes; default: the endpoint's first style. `null`: none. */
  credential?: { value: string; style?: CredentialStyle } | null;
  /** Override the endpoint's method (e.g. a body on a GET is impossible: Request refuses it). */
  method?: string;
}

export interface GuardReply {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, or undefined when it is not JSON. */
  json: unknown;
}

/** Builds the Request and calls the endpoint's route handler. */
export async function send(target: GuardedEndpoint, request: GuardRequest): Promise<GuardReply> {
  const { spec } = target;
  const params = request.params ?? {};
  const url = new URL(`http://localhost${fillPath(spec.path, params)}`);
  const pairs = Array.isArray(request.query) ? request.query : Object.entries(request.query ?? {});
  for (const [name, value] of pairs) url.searchParams.append(name, value);
  const headers = new Headers(request.headers);

  let body: unknown = request.body;
  const credential = request.credential;
  if (credential) {
    const style = credential.style ?? target.styles[0];
    if (!style) throw new Error(`${target.name} declares no credential style`);
    switch (style.in) {
      case "bearer":
        headers.set("authorization", `Bearer ${credential.value}`);
        break;
      case "header":
        headers.set(style.name, credential.value);
        break;
      case "query":
        url.searchParams.set(style.name, credential.value);
        break;
      case "body":
        if (request.raw === undefined)
          body = isRecord(body) ? { ...body, [style.name]: credential.value } : body === undefined ? { [style.name]: credential.value } : body;
        break;
    }
  }

  const method = request.method ?? spec.method;
  let payload: string | undefined = request.raw;
  if (payload === undefined && body !== undefined) payload = JSON.stringify(body).replaceAll(`"${DEEP_NESTING}"`, DEEP_NESTING_JSON);
  // fetch's Request refuses a body on GET; such cases are not sendable over HTTP either.
  if (method === "GET") payload = undefined;
  if (payload !== undefined && !headers.has("content-type")) headers.set("content-type", request.contentType ?? "application/json");
  if (request.contentType) headers.set("content-type", request.contentType);

  const req = new Request(url, { method, headers, body: payload });
  // Next hands route handlers the decoded segments.
  const response = await target.endpoint.handler(req, { params: Promise.resolve(decodedParams(target, params)) });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

function decodedParams(target: GuardedEndpoint, params: Record<string, string>): Record<string, string> {
  return Object.fromEntries(target.pathParams.map((name) => [name, params[name] ?? "missing"]));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
