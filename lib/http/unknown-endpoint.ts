import { ApiError } from "./api-error";
import type { Dialect } from "./dialect";
import type { RouteHandler } from "./endpoint";
import { newRequestId } from "./request-id";

/** A path under a dialect's prefix that names no endpoint: 404 in that dialect's envelope, not an HTML page. */
export function unknownEndpoint(dialect: Dialect): RouteHandler {
  return async (request) => {
    const requestId = newRequestId();
    const path = new URL(request.url).pathname;
    const rendered = dialect.renderError(new ApiError("not_found", `No endpoint ${request.method} ${path}`), {
      requestId,
      timestamp: new Date().toISOString(),
    });
    return Response.json(rendered.body, { status: rendered.status, headers: { "X-Request-Id": requestId, "Cache-Control": "no-store" } });
  };
}
