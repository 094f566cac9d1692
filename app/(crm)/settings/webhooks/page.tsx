import type { Metadata } from "next";
import { ActionButton } from "@/components/settings/action-button";
import { CreateWebhookForm } from "@/components/settings/create-webhook-form";
import { RotateSecretButton } from "@/components/settings/rotate-secret-button";
import { WebhookAttempts } from "@/components/settings/webhook-attempts";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format-date";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { listWebhooks } from "@/lib/crm/webhooks/list-webhooks";
import { WEBHOOK_EVENTS, WEBHOOK_EVENT_LABELS } from "@/lib/crm/webhooks/webhook-events";
import type { WebhookView } from "@/lib/crm/webhooks/webhook-view";
import {
  createWebhookAction,
  deleteWebhookAction,
  retryDeliveryAction,
  rotateWebhookSecretAction,
  sendTestEventAction,
  setWebhookActiveAction,
} from "./actions";

export const metadata: Metadata = { title: "Webhooks" };

const EVENT_OPTIONS = WEBHOOK_EVENTS.map((e) => ({ value: e, label: WEBHOOK_EVENT_LABELS[e] }));

const VERIFY_SNIPPET = `const crypto = require("node:crypto");
// secret: "whsec_…"; headers: the request's; rawBody: the body as received
function verify(secret, headers, rawBody) {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const signed = \`\${headers["webhook-id"]}.\${headers["webhook-timestamp"]}.\${rawBody}\`;
  const expected = "v1," + crypto.createHmac("sha256", key).update(signed).digest("base64");
  const fresh = Math.abs(Date.now() / 1000 - Number(headers["webhook-timestamp"])) < 300;
  return fresh && headers["webhook-signature"].split(" ").some((s) =>
    s.length === expected.length && crypto.timingSafeEqual(Buffer.from(s), Buffer.from(expected)));
}`;

export default async function WebhooksPage() {
  const { user, ctx } = await requireUser();
  if (!can(user.role, "manageApiKeys")) {
    return <Alert tone="info">Only admins manage webhooks. Ask an admin of {user.tenantName}.</Alert>;
  }
  const webhooks = await listWebhooks(ctx);
  return (
    // One column: list, form, snippet. Wide: list and snippet left, the form on the right.
    <div className="grid gap-6 2xl:grid-cols-[1fr_24rem] 2xl:items-start">
      <div className="min-w-0">
        <Card
          title="Webhooks"
          description="Each event is POSTed as JSON to your URL, signed per the Standard Webhooks spec. Failures are retried for about a day; an endpoint failing everything for 5 days is disabled."
        >
          {webhooks.length === 0 ? (
            <p className="text-sm text-slate-500">No webhooks yet. Add one to receive events as they happen.</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {webhooks.map((webhook) => (
                <WebhookItem key={webhook.id} webhook={webhook} />
              ))}
            </ul>
          )}
        </Card>
      </div>
      <div className="2xl:row-span-2">
        <Card title="New webhook">
          <CreateWebhookForm events={EVENT_OPTIONS} create={createWebhookAction} />
        </Card>
      </div>
      <div className="min-w-0">
        <Card
          title="Verifying a delivery"
          description="Headers: webhook-id (the event id, the same on every retry), webhook-timestamp (Unix seconds) and webhook-signature."
        >
          <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs leading-relaxed text-slate-100">{VERIFY_SNIPPET}</pre>
        </Card>
      </div>
    </div>
  );
}

function WebhookItem({ webhook }: { webhook: WebhookView }) {
  return (
    <li className="space-y-3 py-4 first:pt-0 last:pb-0" data-testid={`webhook-${webhook.seq}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-mono text-sm break-all text-slate-900">{webhook.url}</p>
          <p className="mt-0.5 text-xs text-slate-500">
            #{webhook.seq}
            {webhook.description ? ` · ${webhook.description}` : ""} · added {formatDateTime(webhook.createdAt)}
          </p>
        </div>
        <div className="flex flex-wrap gap-1">
          {webhook.active ? <Badge tone="green">active</Badge> : <Badge tone="red">disabled</Badge>}
          {webhook.active && webhook.failingSince && <Badge tone="amber">failing since {formatDateTime(webhook.failingSince)}</Badge>}
        </div>
      </div>
      {!webhook.active && webhook.disabledReason && (
        <Alert tone="info">
          {webhook.disabledReason}
          {webhook.disabledAt ? ` (${formatDateTime(webhook.disabledAt)})` : ""}. Enable it to resume deliveries, queued retries included.
        </Alert>
      )}
      <div className="flex flex-wrap gap-1">
        {webhook.events.map((event) => (
          <code key={event} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
            {event}
          </code>
        ))}
      </div>
      <div className="flex flex-wrap items-start gap-2">
        {webhook.active && <ActionButton label="Send test event" pendingLabel="Sending…" action={sendTestEventAction.bind(null, webhook.id)} />}
        <RotateSecretButton rotate={rotateWebhookSecretAction.bind(null, webhook.id)} />
        {webhook.active ? (
          <ActionButton label="Disable" action={setWebhookActiveAction.bind(null, webhook.id, false)} />
        ) : (
          <ActionButton label="Enable" action={setWebhookActiveAction.bind(null, webhook.id, true)} />
        )}
        <ActionButton
          label="Delete"
          variant="danger"
          confirm={`Delete the webhook for ${webhook.url}? Its delivery log goes with it.`}
          action={deleteWebhookAction.bind(null, webhook.id)}
        />
      </div>
      <WebhookAttempts attempts={webhook.recentAttempts} retry={webhook.active ? (attemptId) => retryDeliveryAction.bind(null, attemptId) : null} />
    </li>
  );
}
