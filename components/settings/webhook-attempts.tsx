import type { WebhookAttemptView } from "@/lib/crm/webhooks/webhook-view";
import type { ActionResult } from "@/lib/http/action-result";
import { Badge } from "../ui/badge";
import { formatDateTime } from "../ui/format-date";
import { ActionButton } from "./action-button";

type Retry = (attemptId: string) => () => Promise<ActionResult<null>>;

/**
 * The latest attempts of one webhook: when, what, the receiver's answer, and a retry for failures
 * (`retry` null: a disabled webhook, which delivers nothing until enabled). A table on wide screens, a list on phones.
 */
export function WebhookAttempts({ attempts, retry }: { attempts: WebhookAttemptView[]; retry: Retry | null }) {
  if (attempts.length === 0) return <p className="text-sm text-slate-500">No deliveries yet. Send a test event to try the endpoint.</p>;
  return (
    <>
      <div className="hidden overflow-x-auto sm:block">
        <table className="min-w-full text-left text-sm" data-testid="webhook-attempts">
          <thead className="text-xs tracking-wide text-slate-500 uppercase">
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
                <td className="py-2 pr-4 text-xs whitespace-nowrap text-slate-600">{a.attemptedAt ? formatDateTime(a.attemptedAt) : "queued"}</td>
                <td className="py-2 pr-4">
                  <code className="text-xs">{a.eventType}</code>
                </td>
                <td className="py-2 pr-4 text-xs text-slate-600">#{a.attempt}</td>
                <td className="py-2 pr-4 whitespace-nowrap">
                  <AttemptResult attempt={a} />
                </td>
                <td className="py-2 pr-4 font-mono text-xs">{a.responseStatus ?? "—"}</td>
                <td className="py-2 pr-4 text-xs whitespace-nowrap text-slate-600">{a.durationMs === null ? "—" : `${a.durationMs} ms`}</td>
                <td className="max-w-xs py-2 pr-4 text-xs text-slate-600">
                  <AttemptDetails attempt={a} />
                </td>
                <td className="py-2 text-right">
                  <RetryButton attempt={a} retry={retry} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="divide-y divide-slate-100 sm:hidden" data-testid="webhook-attempts-list">
        {attempts.map((a) => (
          <li key={a.id} className="space-y-1 py-2 text-xs">
            <div className="flex flex-wrap items-center gap-2">
              <AttemptResult attempt={a} />
              <code>{a.eventType}</code>
              <span className="text-slate-500">#{a.attempt}</span>
            </div>
            <p className="text-slate-600">
              {a.attemptedAt ? formatDateTime(a.attemptedAt) : "not attempted yet"}
              {a.responseStatus !== null && ` · HTTP ${a.responseStatus}`}
              {a.durationMs !== null && ` · ${a.durationMs} ms`}
            </p>
            <AttemptDetails attempt={a} />
            <RetryButton attempt={a} retry={retry} />
          </li>
        ))}
      </ul>
    </>
  );
}

function AttemptDetails({ attempt }: { attempt: WebhookAttemptView }) {
  return (
    <>
      {attempt.error && <p className="break-words text-red-700">{attempt.error}</p>}
      {attempt.responseBody && (
        <p className="truncate font-mono text-slate-500" title={attempt.responseBody}>
          {attempt.responseBody}
        </p>
      )}
    </>
  );
}

/** Failed and not yet retried: retry now (bringing a scheduled retry forward, or one more after the last). */
function RetryButton({ attempt, retry }: { attempt: WebhookAttemptView; retry: Retry | null }) {
  if (!retry || attempt.status !== "failed") return null;
  if (attempt.followedBy && attempt.followedBy.status !== "pending") return null;
  return <ActionButton label={attempt.followedBy ? "Retry now" : "Retry"} pendingLabel="Retrying…" action={retry(attempt.id)} />;
}

function AttemptResult({ attempt }: { attempt: WebhookAttemptView }) {
  if (attempt.status === "succeeded") return <Badge tone="green">delivered</Badge>;
  if (attempt.status === "pending") {
    return (
      <span className="inline-flex flex-col items-start gap-0.5">
        <Badge tone="amber">queued</Badge>
        {attempt.nextAttemptAt && <span className="text-xs text-slate-500">due {formatDateTime(attempt.nextAttemptAt)}</span>}
      </span>
    );
  }
  const next = attempt.followedBy;
  const note =
    next && next.status !== "pending"
      ? `retried as #${next.attempt}`
      : attempt.nextAttemptAt
        ? `retry ${formatDateTime(attempt.nextAttemptAt)}`
        : "no more retries";
  return (
    <span className="inline-flex flex-col items-start gap-0.5">
      <Badge tone="red">failed</Badge>
      <span className="text-xs text-slate-500">{note}</span>
    </span>
  );
}
