"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/current-user";
import type { CrmContext } from "@/lib/crm/context";
import { createWebhook } from "@/lib/crm/webhooks/create-webhook";
import { deleteWebhook } from "@/lib/crm/webhooks/delete-webhook";
import { retryDelivery } from "@/lib/crm/webhooks/retry-delivery";
import { rotateWebhookSecret } from "@/lib/crm/webhooks/rotate-webhook-secret";
import { attemptMadeSince, sendTestEvent } from "@/lib/crm/webhooks/send-test-event";
import { setWebhookActive } from "@/lib/crm/webhooks/set-webhook-active";
import { runAction, type ActionResult } from "@/lib/http/action-result";

const PAGE = "/settings/webhooks";

// Webhooks are integrations, like API keys: the same admins manage both.
async function admin(): Promise<CrmContext> {
  return (await requirePermission("manageApiKeys")).ctx;
}

export async function createWebhookAction(input: {
  url: string;
  events: string[];
  description?: string;
}): Promise<ActionResult<{ secret: string; url: string }>> {
  return runAction(async () => {
    const ctx = await admin();
    const { webhook, secret } = await createWebhook(ctx, {
      url: String(input.url ?? ""),
      events: (input.events ?? []).map(String),
      description: input.description ? String(input.description) : null,
    });
    revalidatePath(PAGE);
    return { secret, url: webhook.url };
  });
}

export async function rotateWebhookSecretAction(webhookId: string): Promise<ActionResult<{ secret: string }>> {
  return runAction(async () => {
    const result = await rotateWebhookSecret(await admin(), { id: String(webhookId) });
    revalidatePath(PAGE);
    return result;
  });
}

export async function setWebhookActiveAction(webhookId: string, active: boolean): Promise<ActionResult<null>> {
  return runAction(async () => {
    await setWebhookActive(await admin(), { id: String(webhookId) }, Boolean(active));
    revalidatePath(PAGE);
    return null;
  });
}

export async function deleteWebhookAction(webhookId: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    await deleteWebhook(await admin(), { id: String(webhookId) });
    revalidatePath(PAGE);
    return null;
  });
}

export async function sendTestEventAction(webhookId: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    const ctx = await admin();
    const since = new Date();
    const { eventId } = await sendTestEvent(ctx, { id: String(webhookId) }, since);
    await settle(ctx, eventId, since);
    revalidatePath(PAGE);
    return null;
  });
}

export async function retryDeliveryAction(attemptId: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    const ctx = await admin();
    const since = new Date();
    const { eventId } = await retryDelivery(ctx, String(attemptId), since);
    await settle(ctx, eventId, since);
    revalidatePath(PAGE);
    return null;
  });
}

/** Waits up to ~12 s for the worker to make the attempt, so the page shows its outcome rather than "queued". */
async function settle(ctx: CrmContext, eventId: string, since: Date): Promise<void> {
  for (let i = 0; i < 48 && !(await attemptMadeSince(ctx, eventId, since)); i++) await new Promise((resolve) => setTimeout(resolve, 250));
}
