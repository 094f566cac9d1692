import { z } from "zod";
import { DEFAULT_STATUS } from "@/lib/http/api-error";
import type { Dialect } from "@/lib/http/dialect";

/** Seed 003 (Exotel call ribbon): `{"error": "..."}` with the seed's status codes. */
export const ribbon: Dialect = {
  name: "ribbon",
  title: "Call Ribbon API",
  description:
    'The Exotel call ribbon API of seed 003. POST requests carry `"apiKey"` in the JSON body; GET requests send the `X-API-Key` header. Errors: `{"error": "..."}` (401 invalid key, 403 domain not allowed, 429 monthly limit or rate limit).',
  credentials: [{ in: "header", name: "X-API-Key" }],
  rateLimit: { name: "ribbon", points: 600, durationSeconds: 60 },
  renderError(error) {
    const status = error.kind === "validation" ? 400 : DEFAULT_STATUS[error.kind];
    const message = error.kind === "unauthorized" ? "Invalid API key" : error.message;
    const detail = error.fields.length > 0 && error.kind !== "unauthorized" ? `: ${error.fields.map((f) => `${f.field}: ${f.message}`).join("; ")}` : "";
    return { status, body: { error: `${message}${detail}` } };
  },
  errorSchema: z.object({ error: z.string() }),
};
