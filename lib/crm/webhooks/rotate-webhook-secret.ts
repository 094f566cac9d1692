import { getDb } from "@/lib/db/client";
import { seal } from "@/lib/security/secret-box";
import { generateWebhookSecret } from "@/lib/security/webhook-signature";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { webhookWhere, type WebhookRef } from "./webhook-ref";

/** Replaces the signing secret; every attempt from now on (retries included) is signed with the new one. Shown once. */
export async function rotateWebhookSecret(ctx: CrmContext, ref: WebhookRef): Promise<{ secret: string }> {
  const secret = generateWebhookSecret();
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const webhook = await tx.webhook.findFirst({ where: webhookWhere(ctx.tenantId, ref), select: { id: true } });
    if (!webhook) throw new NotFound("Webhook");
    await tx.webhook.update({ where: { id: webhook.id }, data: { secretEnc: seal(secret) } });
    await recordAudit(tx, ctx, { action: "webhook.secret_rotated", entityType: "webhook", entityId: webhook.id });
  });
  return { secret };
}
