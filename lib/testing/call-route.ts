import type { RouteHandler } from "@/lib/http/endpoint";

export interface RouteCall {
  method?: string;
  /** Path and query, e.g. "/dev/crm/leads?limit=5". */
  path: string;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings as they are (for malformed bodies). */
  body?: unknown;
  params?: Record<string, string>;
}

export interface RouteReply {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON (undefined when it is not JSON). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert on many JSON shapes; the assertions are the type check
  json: any;
}

/** Calls a route handler the way Next does: a real Request in, a real Response out. */
export async function callRoute(handler: RouteHandler, call: RouteCall): Promise<RouteReply> {
  const headers = new Headers(call.headers);
  let body: string | undefined;
  if (call.body !== undefined) {
    body = typeof call.body === "string" ? call.body : JSON.stringify(call.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const request = new Request(`http://localhost${call.path}`, { method: call.method ?? (body === undefined ? "GET" : "POST"), headers, body });
  const response = await handler(request, { params: Promise.resolve(call.params ?? {}) });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}
