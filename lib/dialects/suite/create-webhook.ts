import { z } from "zod";
import { createWebhook } from "@/lib/crm/webhooks/create-webhook";
import { WEBHOOK_EVENTS } from "@/lib/crm/webhooks/webhook-events";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { suiteWebhook, toSuiteWebhook } from "./webhook-shape";

export const WEBHOOK_DELIVERY_DOCS = `Each subscribed event is POSTed to the URL as JSON \`{"event", "timestamp", "data"}\`, signed per the Standard Webhooks spec: headers \`webhook-id\` (the event id, the same on every retry: dedupe on it), \`webhook-timestamp\` (Unix seconds) and \`webhook-signature\` (\`v1,\` + base64 HMAC-SHA256 of \`id.timestamp.body\`, keyed with the base64 part of the \`whsec_\` secret). Verify in Node:

\`\`\`js
const crypto = require("node:crypto");
function verify(secret, headers, rawBody) {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = "v1," + crypto.createHmac("sha256", key)
    .update(\`\${headers["webhook-id"]}.\${headers["webhook-timestamp"]}.\${rawBody}\`).digest("base64");
  const fresh = Math.abs(Date.now() / 1000 - Number(headers["webhook-timestamp"])) < 300;
  return fresh && headers["webhook-signature"].split(" ").some((s) =>
    s.length === expected.length && crypto.timingSafeEqual(Buffer.from(s), Buffer.from(expected)));
}
\`\`\`

Any 2xx within 10 s is a success. Anything else (other status, redirect, timeout, connection error) is retried with ±20 % jitter after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (8 attempts over about 27 hours); then the delivery is failed. A webhook whose every attempt has failed for 5 days is disabled. Delivery is at-least-once and not ordered. URLs that resolve to private, loopback or link-local addresses are refused, at registration and at every delivery.`;

export const createSuiteWebhook = defineEndpoint({
  dialect: suite,
  method: "POST",
  path: "/api/v2/webhooks",
  summary: "Register webhook",
  description: `Registers a URL for events: ${WEBHOOK_EVENTS.map((e) => `\`${e}\``).join(", ")}. The answer carries the signing \`secret\` (\`whsec_…\`): it is shown this once only (rotate it in Settings → Webhooks).\n\n${WEBHOOK_DELIVERY_DOCS}`,
  auth: "tenant",
  scope: "manage:webhooks",
  status: 201,
  body: z.object({
    url: z.string({ error: "URL is required" }).describe("Absolute http(s) URL that resolves to a public address"),
    events: z.array(z.string(), { error: "Events must be a list of event names" }).describe(`Any of ${WEBHOOK_EVENTS.join(", ")}`),
    description: z.string().max(200, "At most 200 characters").nullish(),
  }),
  response: z.object({ success: z.literal(true), data: suiteWebhook.extend({ secret: z.string().describe("Shown once") }) }),
  async handler({ ctx, body }) {
    const { webhook, secret } = await createWebhook(ctx, body);
    return { success: true as const, data: { ...toSuiteWebhook(webhook), secret } };
  },
});
