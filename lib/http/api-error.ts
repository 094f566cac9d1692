import type { FieldError } from "@/lib/crm/errors";

/**
 * Every failure a request can end in, before a dialect renders it in its own
 * envelope and status code. Domain errors, validation errors and transport
 * failures (bad JSON, body too big, rate limit…) all become one of these.
 */
export type ApiErrorKind =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "conflict"
  | "validation"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "limit_exceeded"
  | "unavailable"
  | "internal";

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly fields: FieldError[] = [],
    /** Seconds, sent as Retry-After with rate limits. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** Status codes most dialects use; a dialect may override single kinds. */
export const DEFAULT_STATUS: Record<ApiErrorKind, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  validation: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  limit_exceeded: 429,
  unavailable: 503,
  internal: 500,
};
