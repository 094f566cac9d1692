import { Conflict, DomainError, Forbidden, LimitExceeded, NotFound, ValidationFailed } from "@/lib/crm/errors";
import { ApiError } from "./api-error";

/**
 * Maps anything thrown below the route to an ApiError. Unknown errors become
 * "internal" with a generic message: details go to the log, never the client.
 */
export function toApiError(error: unknown, requestId: string): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof DomainError) return fromDomainError(error);
  if (isDatabaseUnavailable(error)) {
    return new ApiError("unavailable", "The service is temporarily unavailable, please retry");
  }
  console.error(`[${requestId}] unhandled error`, error);
  return new ApiError("internal", "Internal server error");
}

function fromDomainError(error: DomainError): ApiError {
  if (error instanceof NotFound) return new ApiError("not_found", error.message);
  if (error instanceof Conflict) return new ApiError("conflict", error.message, error.field ? [{ field: error.field, message: error.message }] : []);
  if (error instanceof ValidationFailed) return new ApiError("validation", error.message, error.fields);
  if (error instanceof LimitExceeded) return new ApiError("limit_exceeded", error.message, [], error.retryAfterSeconds);
  if (error instanceof Forbidden) return new ApiError("forbidden", error.message);
  return new ApiError("internal", "Internal server error");
}

// Connection-level failures (server down, pool exhausted) are a 503, not a 500.
function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ECONNREFUSED" || code === "P1001" || code === "P1017" || code === "P2024" || code === "57P03") return true;
  // A connection dropped mid-query (server restarted, network cut): pg says so only in words.
  if (code === "ECONNRESET" || code === "EPIPE" || code === "57P01" || code === "57P02" || (typeof code === "string" && code.startsWith("08"))) return true;
  return error instanceof Error && /Connection terminated|Server has closed the connection|not queryable|Connection ended unexpectedly|Can't reach database server/.test(error.message);
}
