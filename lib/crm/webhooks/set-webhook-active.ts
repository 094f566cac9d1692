import { getDb } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { webhookWhere, type WebhookRef } from "./webhook-ref";

/**
 * Enables or disables a webhook. While disabled it gets no new events and its
 * queued retries wait; enabling resumes them and resets the failure clock.
 */
export async function setWebhookActive(ctx: CrmContext, ref: WebhookRef, active: boolean, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const webhook = await tx.webhook.findFirst({ where: webhookWhere(ctx.tenantId, ref), select: { id: true, active: true } });
    if (!webhook) throw new NotFound("Webhook");
    if (webhook.active === active) return;
    await tx.webhook.update({
      where: { id: webhook.id },
      data: active
        ? { active: true, disabledAt: null, disabledReason: null, failingSince: null }
        : { active: false, disabledAt: now, disabledReason: "Disabled by a person" },
    });
    await recordAudit(tx, ctx, { action: active ? "webhook.enabled" : "webhook.disabled", entityType: "webhook", entityId: webhook.id });
  });
}
