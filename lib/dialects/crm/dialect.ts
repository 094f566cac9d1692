import { z } from "zod";
import { DEFAULT_STATUS } from "@/lib/http/api-error";
import type { Dialect } from "@/lib/http/dialect";

/** Seed 001 (/dev/crm): `{"message": "..."}` for every error. */
export const crm: Dialect = {
  name: "crm",
  title: "CRM API (/dev/crm)",
  description:
    'The /dev/crm API of seed 001. Authenticate with `Authorization: Bearer <api key>`. Errors: `{"message": "..."}` with 400, 401, 404, 409 (and 413, 429, 503 where they apply).',
  credentials: [{ in: "bearer" }],
  rateLimit: { name: "crm", points: 300, durationSeconds: 60 },
  renderError(error) {
    const status = error.kind === "validation" ? 400 : DEFAULT_STATUS[error.kind];
    let message = error.message;
    if (error.kind === "unauthorized") message = "Invalid or missing API key";
    if ((error.kind === "validation" || error.kind === "bad_request") && error.fields.length > 0) {
      message = `Invalid request parameters: ${error.fields.map((f) => `${f.field}: ${f.message}`).join("; ")}`;
    }
    return { status, body: { message } };
  },
  errorSchema: z.object({ message: z.string() }),
};
