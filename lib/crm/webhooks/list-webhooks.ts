import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { webhookViewSelect, withRecentAttempts, type WebhookView } from "./webhook-view";

/** The tenant's webhooks in registration order, each with its latest attempts. */
export async function listWebhooks(ctx: CrmContext): Promise<WebhookView[]> {
  const db = await getDb();
  const webhooks = await db.webhook.findMany({ where: { tenantId: ctx.tenantId }, orderBy: { seq: "asc" }, select: webhookViewSelect });
  return withRecentAttempts(db, ctx.tenantId, webhooks);
}
