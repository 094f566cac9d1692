import { z } from "zod";
import { listWebhookPage } from "@/lib/crm/webhooks/list-webhook-page";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { pageFields, pageMeta, toPageMeta } from "./paging";
import { suiteWebhookWithDeliveries, toSuiteDelivery, toSuiteWebhook } from "./webhook-shape";

export const listSuiteWebhooks = defineEndpoint({
  dialect: suite,
  method: "GET",
  path: "/api/v2/webhooks",
  summary: "List webhooks",
  description:
    "The workspace's webhooks, a page at a time (`page`, `limit` default 20, at most 100), with their latest 10 delivery attempts (time, status code, duration, error, the start of the response). `active: false` with a `disabled_reason` shows a webhook switched off by a person or by the failure rule (every attempt failed for 5 days). Secrets are never listed.",
  auth: "tenant",
  scope: "manage:webhooks",
  query: z.object(pageFields),
  response: z.object({ success: z.literal(true), data: z.array(suiteWebhookWithDeliveries), meta: pageMeta }),
  async handler({ ctx, query }) {
    const page = await listWebhookPage(ctx, query);
    return {
      success: true as const,
      data: page.webhooks.map((w) => ({ ...toSuiteWebhook(w), recent_deliveries: w.recentAttempts.map(toSuiteDelivery) })),
      meta: toPageMeta(query.page, query.limit, page.total),
    };
  },
});
