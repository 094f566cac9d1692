import { z } from "zod";
import { DEFAULT_STATUS, type ApiErrorKind } from "@/lib/http/api-error";
import type { Dialect } from "@/lib/http/dialect";

const CODES: Record<ApiErrorKind, string> = {
  bad_request: "BAD_REQUEST",
  unauthorized: "UNAUTHORIZED",
  forbidden: "FORBIDDEN",
  not_found: "NOT_FOUND",
  method_not_allowed: "METHOD_NOT_ALLOWED",
  conflict: "CONFLICT",
  validation: "VALIDATION_ERROR",
  payload_too_large: "PAYLOAD_TOO_LARGE",
  unsupported_media_type: "UNSUPPORTED_MEDIA_TYPE",
  rate_limited: "RATE_LIMIT_EXCEEDED",
  limit_exceeded: "LIMIT_EXCEEDED",
  unavailable: "SERVICE_UNAVAILABLE",
  internal: "INTERNAL_ERROR",
};

/** Seed 000 (PHP CRM gateway, C# analytics, Python AI agent). */
export const gateway: Dialect = {
  name: "gateway",
  title: "Gateway API (leads, analytics, AI)",
  description:
    'The gateway of seed 000 (lead intake, analytics, text analysis). Authenticate with `Authorization: Bearer <RS256 JWT>` or `X-API-Key`. Errors: `{"error":{"code","message","details","timestamp","request_id"}}`.',
  credentials: [
    { in: "bearer", jwt: true },
    { in: "header", name: "X-API-Key" },
  ],
  rateLimit: { name: "gateway:leads", points: 100, durationSeconds: 60 },
  renderError(error, meta) {
    return {
      status: DEFAULT_STATUS[error.kind],
      body: {
        error: {
          code: CODES[error.kind],
          message: error.kind === "validation" ? "Invalid input data" : error.message,
          details: error.fields.map(({ field, message }) => ({ field, message })),
          timestamp: meta.timestamp,
          request_id: meta.requestId,
        },
      },
    };
  },
  errorSchema: z.object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ field: z.string(), message: z.string() })),
      timestamp: z.string(),
      request_id: z.string(),
    }),
  }),
};

/** The seed's per-minute limits by path group. */
export const GATEWAY_LIMITS = {
  leads: gateway.rateLimit,
  analytics: { name: "gateway:analytics", points: 50, durationSeconds: 60 },
  analyze: { name: "gateway:analyze", points: 20, durationSeconds: 60 },
  /** Not in the seed's table: the AI agent's other endpoint, limited like /api/analyze (own bucket). */
  classify: { name: "gateway:classify", points: 20, durationSeconds: 60 },
  health: { name: "gateway:health", points: 1000, durationSeconds: 60 },
  test: { name: "gateway:test", points: 1000, durationSeconds: 60 },
} as const;
