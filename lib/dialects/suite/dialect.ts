import { z } from "zod";
import { DEFAULT_STATUS } from "@/lib/http/api-error";
import type { Dialect } from "@/lib/http/dialect";

/** Seed 004 (Business Suite /api/v2). */
export const suite: Dialect = {
  name: "suite",
  title: "Business Suite API (/api/v2)",
  description:
    "The Business Suite API of seed 004. Authenticate with `Authorization: Bearer <api key>` or `X-API-Key`. 1000 requests per hour per key; every response carries X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset. Ids are integers numbered per workspace.",
  credentials: [{ in: "bearer" }, { in: "header", name: "X-API-Key" }],
  rateLimit: { name: "suite", points: 1000, durationSeconds: 3600 },
  renderError(error) {
    if (error.kind === "validation" || (error.kind === "bad_request" && error.fields.length > 0)) {
      const errors: Record<string, string> = {};
      for (const { field, message } of error.fields) errors[field] ??= message;
      return { status: 400, body: { success: false, errors, message: "Validation failed" } };
    }
    if (error.kind === "unauthorized") {
      return { status: 401, body: { success: false, message: "Invalid API key or unauthorized access" } };
    }
    // A taken value (duplicate email…) names its field like a validation error, with 409.
    if (error.kind === "conflict" && error.fields.length > 0) {
      const errors: Record<string, string> = {};
      for (const { field, message } of error.fields) errors[field] ??= message;
      return { status: 409, body: { success: false, errors, message: error.message } };
    }
    return { status: DEFAULT_STATUS[error.kind], body: { success: false, message: error.message } };
  },
  errorSchema: z.object({
    success: z.literal(false),
    errors: z.record(z.string(), z.string()).optional(),
    message: z.string(),
  }),
};
