"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { LiveStatusBadge } from "@/components/live/live-status-badge";
import { useLiveEvents } from "@/components/live/use-live-events";
import { CallDirectionBadge } from "./call-status-badge";
import { formatDuration } from "@/components/ui/format-duration";
import { activeCallList, activeCallsFrom, applyCallUpdate, type ActiveCalls } from "@/lib/live/active-calls";
import type { LiveCall } from "@/lib/live/live-event";

/** After a call opens or ends, the summary and charts are re-read (router.refresh) this soon… */
const REFRESH_DELAY_MS = 300;
/** …but at most this often, however busy the workspace (a throttle, so constant traffic cannot starve it). */
const REFRESH_EVERY_MS = 2_000;

/**
 * The calls in progress, pushed from the server (GET /api/live): a call
 * appears with its `connected`/`incoming` event and leaves with `callEnded`.
 * When a call opens or ends and the period includes today, the server parts
 * of the page (summary numbers, charts) are re-read, so they move with it.
 */
export function LiveCallsPanel({ initialCalls, renderedAt, refreshOnChange }: { initialCalls: LiveCall[]; renderedAt: string; refreshOnChange: boolean }) {
  const router = useRouter();
  const [state, setState] = useState<ActiveCalls>(() => activeCallsFrom(initialCalls));
  // Server time minus browser time, so timers agree with the server's clock.
  const [offset, setOffset] = useState(0);
  const [now, setNow] = useState(() => Date.parse(renderedAt));
  const refresh = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastRefresh = useRef(0);

  const refreshSoon = () => {
    if (!refreshOnChange || refresh.current) return; // one already scheduled covers this change too
    const wait = Math.max(REFRESH_DELAY_MS, lastRefresh.current + REFRESH_EVERY_MS - Date.now());
    refresh.current = setTimeout(() => {
      refresh.current = undefined;
      lastRefresh.current = Date.now();
      router.refresh();
    }, wait);
  };

  const status = useLiveEvents<{ activeCalls?: LiveCall[] }>(["calls"], {
    onSnapshot(snapshot) {
      setOffset(Date.parse(snapshot.at) - Date.now());
      setState(activeCallsFrom(snapshot.activeCalls ?? []));
      if (snapshot.resumed) refreshSoon(); // events may have been missed while away
    },
    onEvent(event) {
      if (event.type !== "call.updated") return;
      setState((current) => applyCallUpdate(current, event.call));
      if (event.created || event.call.status !== "active") refreshSoon();
    },
  });

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1_000);
    return () => {
      clearInterval(tick);
      clearTimeout(refresh.current);
    };
  }, []);

  const calls = activeCallList(state);
  return (
    <section aria-labelledby="live-calls-title" className="rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="live-calls">
      <header className="flex items-center justify-between gap-3 border-b border-slate-100 px-5 py-3">
        <div>
          <h2 id="live-calls-title" className="text-base font-semibold text-slate-900">
            Active calls{" "}
            <span className="text-slate-500 tabular-nums" data-testid="live-calls-count">
              ({calls.length})
            </span>
          </h2>
          <p className="text-xs text-slate-500">Updated the moment the ribbon logs an event.</p>
        </div>
        <LiveStatusBadge status={status} />
      </header>
      {calls.length === 0 ? (
        <p className="px-5 py-8 text-center text-sm text-slate-500">No call in progress. A call shows here as soon as it connects.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-live="polite">
          {calls.map((call) => (
            <li key={call.id} data-testid={`live-call-${call.sessionId}`} className="flex items-center justify-between gap-3 px-5 py-3">
              <div className="min-w-0">
                <Link
                  href={`/calls/${encodeURIComponent(call.sessionId)}`}
                  className="block truncate font-medium text-slate-900 hover:text-brand-700 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
                >
                  {call.customer?.name || call.customer?.customerId || "Unknown caller"}
                </Link>
                <p className="truncate text-xs text-slate-500 tabular-nums">{call.phoneNumber ?? "number not sent"}</p>
              </div>
              <div className="flex shrink-0 items-center gap-2">
                <CallDirectionBadge direction={call.direction} />
                <span className="w-14 text-right font-mono text-sm text-slate-900 tabular-nums" aria-label="Duration so far" data-testid="live-call-timer">
                  {formatDuration((now + offset - Date.parse(call.startTime)) / 1000)}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
