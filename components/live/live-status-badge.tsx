import type { LiveStatus } from "./use-live-events";

const STATUS_TEXT: Record<LiveStatus, string> = { connecting: "Connecting…", live: "Live", reconnecting: "Reconnecting…", closed: "Offline" };

/** The live connection's state beside a live panel: a coloured dot and a word. */
export function LiveStatusBadge({ status }: { status: LiveStatus }) {
  return (
    <span className="inline-flex items-center gap-1.5 text-xs font-medium text-slate-600" role="status" data-testid="live-status" data-status={status}>
      <span aria-hidden className={`size-2 rounded-full ${status === "live" ? "bg-emerald-500" : status === "closed" ? "bg-slate-400" : "bg-amber-400"}`} />
      {STATUS_TEXT[status]}
    </span>
  );
}
