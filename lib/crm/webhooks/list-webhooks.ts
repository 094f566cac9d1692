import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { webhookWhere, type WebhookRef } from "./webhook-ref";
import { webhookViewSelect, withRecentAttempts, type WebhookView } from "./webhook-view";

/** The tenant's webhooks in registration order, each with its latest attempts. */
export async function listWebhooks(ctx: CrmContext): Promise<WebhookView[]> {
  const db = await getDb();
  const webhooks = await db.webhook.findMany({ where: { tenantId: ctx.tenantId }, orderBy: { seq: "asc" }, select: webhookViewSelect });
  return withRecentAttempts(db, ctx.tenantId, webhooks);
}

export async function getWebhook(ctx: CrmContext, ref: WebhookRef): Promise<WebhookView> {
  const db = await getDb();
  const webhook = await db.webhook.findFirst({ where: webhookWhere(ctx.tenantId, ref), select: webhookViewSelect });
  if (!webhook) throw new NotFound("Webhook");
  const [view] = await withRecentAttempts(db, ctx.tenantId, [webhook]);
  return view!;
}
