import { z } from "zod";
import { initRibbon } from "@/lib/crm/tenants/init-ribbon";
import { defineEndpoint } from "@/lib/http/endpoint";
import { ribbon } from "./dialect";

export const initRibbonEndpoint = defineEndpoint({
  dialect: ribbon,
  method: "POST",
  path: "/api/ribbon/init",
  summary: "Initialize ribbon",
  description:
    "Authenticates the client and returns its telephony (Exotel) credentials. 403 when `domain` is not a host name among the client's allowed domains (subdomains included), or when the request's `Origin` (else `Referer`) names another host than `domain`; 429 when this month's call limit is used up (Retry-After: seconds until the month ends, UTC).",
  auth: "tenant",
  credentials: [{ in: "body", name: "apiKey" }],
  scope: "write:calls",
  body: z.object({
    apiKey: z.string().min(1),
    domain: z.string({ error: "domain is required" }).trim().min(1, "domain is required").max(253),
  }),
  response: z.object({
    exotelToken: z.string().nullable(),
    userId: z.string().nullable(),
    features: z.array(z.string()),
    clientInfo: z.object({ name: z.string(), plan: z.string(), remainingCalls: z.number().int() }),
  }),
  async handler({ ctx, body, request }) {
    const origin = request.headers.get("origin") ?? request.headers.get("referer");
    const session = await initRibbon(ctx, body.domain, { origin });
    return {
      exotelToken: session.telephonyToken,
      userId: session.telephonyUserId,
      features: session.features,
      clientInfo: { name: session.name, plan: session.plan, remainingCalls: session.remainingCalls },
    };
  },
});
