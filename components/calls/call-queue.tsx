"use client";

import { formatDistanceStrict } from "date-fns";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { LiveStatusBadge } from "@/components/live/live-status-badge";
import { useLiveEvents } from "@/components/live/use-live-events";
import type { CallQueueItem } from "@/lib/crm/dialler/list-call-queue";
import type { ActionResult } from "@/lib/http/action-result";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { formatDateTime } from "../ui/format-date";
import { LinkButton } from "../ui/link-button";
import { RescheduleForm } from "./reschedule-form";

/** A queued call as the browser gets it (times as ISO strings). */
export type CallQueueRow = Omit<CallQueueItem, "scheduledFor" | "lastAttemptAt"> & { scheduledFor: string; lastAttemptAt: string | null };

/** Other changes to the queue (added, cancelled, rescheduled elsewhere) re-read the page at most this often. */
const REFRESH_DEBOUNCE_MS = 400;

/**
 * The call queue with its live updates (GET /api/live, topic "dialler"): a call
 * logged to a queued number marks its row dialled the moment it is logged;
 * calls added, cancelled or rescheduled elsewhere re-read the page.
 */
export function CallQueue({
  rows,
  renderedAt,
  mayChange,
  cancel,
  reschedule,
}: {
  rows: CallQueueRow[];
  renderedAt: string;
  mayChange: boolean;
  cancel(id: string): Promise<ActionResult<null>>;
  reschedule(id: string, input: { scheduledFor: string }): Promise<ActionResult<{ scheduledFor: string; attempts: number }>>;
}) {
  const router = useRouter();
  const [dialled, setDialled] = useState<ReadonlySet<string>>(new Set());
  // The clock for "due in …": the newer of the last render (a refresh brings a new one) and the ticking browser time.
  const [now, setNow] = useState(() => Date.parse(renderedAt));
  const refresh = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const refreshSoon = () => {
    clearTimeout(refresh.current);
    refresh.current = setTimeout(() => router.refresh(), REFRESH_DEBOUNCE_MS);
  };

  const status = useLiveEvents(["dialler"], {
    onSnapshot(snapshot) {
      if (snapshot.resumed) refreshSoon(); // events may have been missed while away
    },
    onEvent(event) {
      if (event.type === "scheduled-calls.dialled") setDialled((current) => new Set([...current, ...event.scheduledCallIds]));
      else if (event.type === "scheduled-calls.changed") refreshSoon();
    },
  });

  useEffect(() => {
    // "due in 5 min" moves on without a reload.
    const tick = setInterval(() => setNow(Date.now()), 30_000);
    return () => {
      clearInterval(tick);
      clearTimeout(refresh.current);
    };
  }, []);

  return (
    <section aria-labelledby="queue-title" className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="flex items-center justify-between gap-3 border-b border-slate-100 px-4 py-3 sm:px-5">
        <h2 id="queue-title" className="text-base font-semibold text-slate-900">
          Scheduled calls
        </h2>
        <LiveStatusBadge status={status} />
      </header>
      <ul className="divide-y divide-slate-100" aria-live="polite" data-testid="call-queue">
        {rows.map((row) => (
          <QueueItem
            key={row.id}
            row={row}
            now={Math.max(now, Date.parse(renderedAt))}
            dialled={dialled.has(row.id)}
            mayChange={mayChange}
            cancel={() => cancel(row.id)}
            reschedule={(input) => reschedule(row.id, input)}
          />
        ))}
      </ul>
    </section>
  );
}

function QueueItem({
  row,
  now,
  dialled,
  mayChange,
  cancel,
  reschedule,
}: {
  row: CallQueueRow;
  now: number;
  dialled: boolean;
  mayChange: boolean;
  cancel(): Promise<ActionResult<null>>;
  reschedule(input: { scheduledFor: string }): Promise<ActionResult<{ scheduledFor: string; attempts: number }>>;
}) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const at = new Date(row.scheduledFor);
  const due = at.getTime() <= now;
  const when = formatDistanceStrict(at, now, { addSuffix: true });

  return (
    <li className="px-4 py-3 sm:px-5" data-testid={`queue-item-${row.phone}`} data-state={dialled ? "dialled" : due ? "due" : "later"}>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="min-w-0 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <Link
              href={`/leads/${row.leadId}`}
              className="truncate font-medium text-slate-900 hover:text-brand-700 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
            >
              {row.leadName}
            </Link>
            {dialled ? <Badge tone="green">Dialled</Badge> : due ? <Badge tone="amber">Due</Badge> : <Badge>Later</Badge>}
          </div>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
            <a
              href={`tel:${row.phone}`}
              className="font-mono tabular-nums hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
            >
              {row.phone}
            </a>
            <span>
              {row.type}
              {row.subtype && <span className="text-slate-400"> / {row.subtype}</span>}
            </span>
          </p>
          <p className="text-xs text-slate-500">
            <time dateTime={row.scheduledFor} title={formatDateTime(at)}>
              {due ? "Due" : "Scheduled"} {when}
            </time>{" "}
            · {formatDateTime(at)} · {row.attempts === 0 ? "no attempts yet" : `${row.attempts} attempt${row.attempts === 1 ? "" : "s"}`}
          </p>
        </div>
        {!dialled && (
          <div className="flex shrink-0 flex-wrap items-center gap-2">
            <LinkButton href={`/leads/${row.leadId}`} aria-label={`Call ${row.leadName}: open the lead`}>
              Call
            </LinkButton>
            {mayChange && (
              <>
                <Button type="button" variant="secondary" onClick={() => setEditing((v) => !v)} aria-expanded={editing}>
                  Reschedule
                </Button>
                <Button
                  type="button"
                  variant="danger"
                  disabled={pending}
                  onClick={() => {
                    if (!window.confirm(`Take ${row.leadName} (${row.phone}) off the queue?`)) return;
                    startTransition(async () => {
                      const result = await cancel();
                      setError(result.ok ? undefined : result.message);
                    });
                  }}
                >
                  {pending ? "Cancelling…" : "Cancel"}
                </Button>
              </>
            )}
          </div>
        )}
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-600">
          {error}
        </p>
      )}
      {editing && !dialled && (
        <div className="mt-3 sm:max-w-md">
          <RescheduleForm id={row.id} reschedule={reschedule} onDone={() => setEditing(false)} onCancel={() => setEditing(false)} />
        </div>
      )}
    </li>
  );
}
