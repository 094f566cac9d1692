import { getDb } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { webhookWhere, type WebhookRef } from "./webhook-ref";

/** Removes a webhook with its delivery log; queued attempts go with it. */
export async function deleteWebhook(ctx: CrmContext, ref: WebhookRef): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const webhook = await tx.webhook.findFirst({ where: webhookWhere(ctx.tenantId, ref), select: { id: true, url: true } });
    if (!webhook) throw new NotFound("Webhook");
    await tx.webhook.delete({ where: { id: webhook.id } });
    await recordAudit(tx, ctx, { action: "webhook.deleted", entityType: "webhook", entityId: webhook.id, data: { url: webhook.url } });
  });
}
