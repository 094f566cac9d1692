import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { webhookWhere, type WebhookRef } from "./webhook-ref";
import { webhookViewSelect, withRecentAttempts, type WebhookView } from "./webhook-view";

/** One webhook (by id or number) with its latest attempts; NotFound for another tenant's. */
export async function getWebhook(ctx: CrmContext, ref: WebhookRef): Promise<WebhookView> {
  const db = await getDb();
  const webhook = await db.webhook.findFirst({ where: webhookWhere(ctx.tenantId, ref), select: webhookViewSelect });
  if (!webhook) throw new NotFound("Webhook");
  const [view] = await withRecentAttempts(db, ctx.tenantId, [webhook]);
  return view!;
}
