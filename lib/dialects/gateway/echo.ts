import { z } from "zod";
import { defineEndpoint } from "@/lib/http/endpoint";
import { gateway } from "./dialect";

/**
 * GET /api/test/echo: lets an integrator check a credential end to end
 * (authentication, rate limit, validation) without touching data. Also the
 * benchmark's measure of the endpoint mechanism's own cost.
 */
export const echo = defineEndpoint({
  dialect: gateway,
  method: "GET",
  path: "/api/test/echo",
  summary: "Check a credential",
  description: "Answers with the message sent and what the credential is allowed to do.",
  auth: "tenant",
  rateLimit: { name: "gateway:test", points: 60_000, durationSeconds: 60 },
  query: z.object({ message: z.string().max(200).default("ping") }),
  response: z.object({
    message: z.string(),
    credential: z.object({ type: z.enum(["api_key", "jwt"]), scopes: z.array(z.string()) }),
    request_id: z.string(),
  }),
  async handler({ query, principal, requestId }) {
    const credential =
      principal.kind === "api_key" || principal.kind === "jwt"
        ? { type: principal.kind, scopes: [...principal.scopes] }
        : { type: "api_key" as const, scopes: [] };
    return { message: query.message, credential, request_id: requestId };
  },
});
