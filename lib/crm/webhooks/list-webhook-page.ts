import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { webhookViewSelect, withRecentAttempts, type WebhookView } from "./webhook-view";

/** One page of the tenant's webhooks in registration order (each with its latest attempts), and how many there are. */
export async function listWebhookPage(ctx: CrmContext, page: { page: number; limit: number }): Promise<{ webhooks: WebhookView[]; total: number }> {
  const db = await getDb();
  const where = { tenantId: ctx.tenantId };
  const [rows, total] = await Promise.all([
    db.webhook.findMany({ where, orderBy: { seq: "asc" }, skip: (page.page - 1) * page.limit, take: page.limit, select: webhookViewSelect }),
    db.webhook.count({ where }),
  ]);
  return { webhooks: await withRecentAttempts(db, ctx.tenantId, rows), total };
}
