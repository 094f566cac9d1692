import type { WebhookAttemptView } from "@/lib/crm/webhooks/webhook-view";
import type { ActionResult } from "@/lib/http/action-result";
import { Badge } from "../ui/badge";
import { formatDateTime } from "../ui/format-date";
import { ActionButton } from "./action-button";

/** The latest attempts of one webhook: when, what, the receiver's answer, and a retry for failures. */
export function WebhookAttempts({ attempts, retry }: { attempts: WebhookAttemptView[]; retry: (attemptId: string) => () => Promise<ActionResult<null>> }) {
  if (attempts.length === 0) return <p className="text-sm text-slate-500">No deliveries yet. Send a test event to try the endpoint.</p>;
  return (
    <div className="-mx-5 overflow-x-auto px-5">
      <table className="min-w-full text-left text-sm" data-testid="webhook-attempts">
        <thead className="text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="py-2 pr-4">When</th>
            <th className="py-2 pr-4">Event</th>
            <th className="py-2 pr-4">Try</th>
            <th className="py-2 pr-4">Result</th>
            <th className="py-2 pr-4">HTTP</th>
            <th className="py-2 pr-4">Time</th>
            <th className="py-2 pr-4">Details</th>
            <th className="py-2" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {attempts.map((a) => (
            <tr key={a.id} data-testid="webhook-attempt">
              <td className="whitespace-nowrap py-2 pr-4 text-xs text-slate-600">{a.attemptedAt ? formatDateTime(a.attemptedAt) : "queued"}</td>
              <td className="py-2 pr-4">
                <code className="text-xs">{a.eventType}</code>
              </td>
              <td className="py-2 pr-4 text-xs text-slate-600">#{a.attempt}</td>
              <td className="whitespace-nowrap py-2 pr-4">
                <AttemptResult attempt={a} />
              </td>
              <td className="py-2 pr-4 font-mono text-xs">{a.responseStatus ?? "—"}</td>
              <td className="whitespace-nowrap py-2 pr-4 text-xs text-slate-600">{a.durationMs === null ? "—" : `${a.durationMs} ms`}</td>
              <td className="max-w-xs py-2 pr-4 text-xs text-slate-600">
                {a.error && <p className="text-red-700">{a.error}</p>}
                {a.responseBody && (
                  <p className="truncate font-mono text-slate-500" title={a.responseBody}>
                    {a.responseBody}
                  </p>
                )}
              </td>
              <td className="py-2 text-right">{a.status === "failed" && <ActionButton label={a.nextAttemptAt ? "Retry now" : "Retry"} pendingLabel="Retrying…" action={retry(a.id)} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AttemptResult({ attempt }: { attempt: WebhookAttemptView }) {
  if (attempt.status === "succeeded") return <Badge tone="green">delivered</Badge>;
  if (attempt.status === "pending") {
    return (
      <span className="flex flex-col gap-0.5">
        <Badge tone="amber">queued</Badge>
        {attempt.nextAttemptAt && <span className="text-xs text-slate-500">due {formatDateTime(attempt.nextAttemptAt)}</span>}
      </span>
    );
  }
  return (
    <span className="flex flex-col gap-0.5">
      <Badge tone="red">failed</Badge>
      <span className="text-xs text-slate-500">{attempt.nextAttemptAt ? `retry ${formatDateTime(attempt.nextAttemptAt)}` : "no more retries"}</span>
    </span>
  );
}
