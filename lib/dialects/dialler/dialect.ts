import { z } from "zod";
import { DEFAULT_STATUS } from "@/lib/http/api-error";
import type { Dialect } from "@/lib/http/dialect";

/**
 * Seed 002 (/lead/add, /lead/cancel). Failures are field maps like
 * `{"email":{"0":"Email cannot be blank."}}`; failures that are not about a
 * field use `{"error": "..."}`, the seed's word for them.
 */
export const dialler: Dialect = {
  name: "dialler",
  title: "Dialler Leads API",
  description:
    'Submit leads to the dialler (seed 002). Authenticate with `?key=<api key>`. Validation failures: HTTP 400 with `{"<field>":{"0":"<message>"}}`.',
  credentials: [{ in: "query", name: "key" }],
  rateLimit: { name: "dialler", points: 120, durationSeconds: 60 },
  renderError(error) {
    const status = error.kind === "validation" ? 400 : DEFAULT_STATUS[error.kind];
    if (error.kind === "unauthorized") return { status, body: { key: { "0": "Invalid or missing API key." } } };
    if (error.fields.length > 0) return { status, body: fieldMap(error.fields) };
    return { status, body: { error: error.kind === "internal" ? "server error" : error.message } };
  },
  errorSchema: z.union([z.record(z.string(), z.record(z.string(), z.string())), z.object({ error: z.string() })]),
};

function fieldMap(fields: { field: string; message: string }[]): Record<string, Record<string, string>> {
  const map: Record<string, Record<string, string>> = {};
  for (const { field, message } of fields) {
    const messages = (map[field] ??= {});
    messages[String(Object.keys(messages).length)] = message;
  }
  return map;
}
