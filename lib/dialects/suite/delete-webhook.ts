import { z } from "zod";
import { deleteWebhook } from "@/lib/crm/webhooks/delete-webhook";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { suiteIdParam } from "./suite-id";

export const deleteSuiteWebhook = defineEndpoint({
  dialect: suite,
  method: "DELETE",
  path: "/api/v2/webhooks/{id}",
  summary: "Delete webhook",
  description: "Removes the webhook and its delivery log; attempts still queued for it are dropped.",
  auth: "tenant",
  scope: "manage:webhooks",
  params: z.object({ id: suiteIdParam }),
  response: z.object({ success: z.literal(true), message: z.string() }),
  async handler({ ctx, params }) {
    await deleteWebhook(ctx, { seq: params.id });
    return { success: true as const, message: "Webhook deleted" };
  },
});
