import { z } from "zod";
import { listWebhooks } from "@/lib/crm/webhooks/list-webhooks";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { suiteWebhookWithDeliveries, toSuiteDelivery, toSuiteWebhook } from "./webhook-shape";

export const listSuiteWebhooks = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/webhooks",
  summary: "List webhooks",
  description:
    "The workspace's webhooks with their latest 10 delivery attempts (time, status code, duration, error, the start of the response). `active: false` with a `disabled_reason` shows a webhook switched off by a person or by the failure rule (every attempt failed for 5 days). Secrets are never listed.",
  auth: "tenant",
  scope: "manage:webhooks",
  response: z.object({ success: z.literal(true), data: z.array(suiteWebhookWithDeliveries) }),
  async handler({ ctx }) {
    const webhooks = await listWebhooks(ctx);
    return {
      success: true as const,
      data: webhooks.map((w) => ({ ...toSuiteWebhook(w), recent_deliveries: w.recentAttempts.map(toSuiteDelivery) })),
    };
  },
});
