import type { Metadata } from "next";
import Link from "next/link";
import { CallQueue, type CallQueueRow } from "@/components/calls/call-queue";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { listCallQueue } from "@/lib/crm/dialler/list-call-queue";
import { ValidationFailed } from "@/lib/crm/errors";
import { firstValues } from "../search-params";
import { cancelQueuedCallAction, rescheduleQueuedCallAction } from "./actions";

export const metadata: Metadata = { title: "Call queue" };

export default async function CallQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, ctx } = await requireUser();
  const { cursor } = await firstValues(searchParams);
  const now = new Date();
  const page = await listCallQueue(ctx, { cursor }, now).catch((error: unknown) => {
    // A stale or hand-edited cursor starts at the top rather than failing the page.
    if (error instanceof ValidationFailed) return listCallQueue(ctx, {}, now);
    throw error;
  });
  const rows: CallQueueRow[] = page.items.map((item) => ({
    ...item,
    scheduledFor: item.scheduledFor.toISOString(),
    lastAttemptAt: item.lastAttemptAt?.toISOString() ?? null,
  }));
  const total = page.counts.due + page.counts.later;

  return (
    <div className="space-y-5">
      <PageHeader
        title="Call queue"
        description="The dialler's scheduled calls, oldest due first. A call logged to a lead's number marks it dialled here at once."
        actions={
          <Link
            href="/calls"
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
          >
            Call dashboard
          </Link>
        }
      />
      <div className="grid grid-cols-2 gap-3 md:max-w-md">
        <StatCard label="Due now" value={page.counts.due.toLocaleString("en")} testId="queue-due" />
        <StatCard label="Later" value={page.counts.later.toLocaleString("en")} testId="queue-later" />
      </div>
      {total === 0 ? (
        <EmptyState title="No calls waiting">
          Leads a partner submits through <code className="font-mono text-xs">POST /lead/add</code> appear here at their scheduled time, for reps to call.
        </EmptyState>
      ) : (
        <CallQueue
          rows={rows}
          renderedAt={now.toISOString()}
          mayChange={can(user.role, "editRecords")}
          cancel={cancelQueuedCallAction}
          reschedule={rescheduleQueuedCallAction}
        />
      )}
      {(cursor || page.nextCursor) && (
        <nav aria-label="Queue pages" className="flex justify-between gap-3 text-sm">
          {cursor ? (
            <Link
              href="/calls/queue"
              className="font-medium text-brand-700 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
            >
              ← Back to the oldest
            </Link>
          ) : (
            <span />
          )}
          {page.nextCursor && (
            <Link
              href={`/calls/queue?cursor=${encodeURIComponent(page.nextCursor)}`}
              className="font-medium text-brand-700 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
            >
              Next calls →
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
