import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { MarkDoneButton } from "@/components/tasks/mark-done-button";
import { TaskList } from "@/components/tasks/task-list";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { listTasks } from "@/lib/crm/tasks/list-tasks";
import { taskCounts } from "@/lib/crm/tasks/task-counts";
import { completeTaskAction } from "./actions";

export const metadata: Metadata = { title: "Tasks" };

const PAGE_SIZE = 25;

const tasksQuery = z.object({
  window: z.enum(["due", "upcoming"]).catch("due"),
  scope: z.enum(["mine", "everyone"]).catch("mine"),
  cursor: z.string().max(200).optional().catch(undefined),
});

/**
 * A person's tasks: the next actions of interactions (their own, or for
 * nurturing and follow-ups the record owner's), due (overdue and today, UTC)
 * or upcoming, oldest due first, a keyset page at a time. Managers, admins
 * and analysts can switch to everyone's.
 */
export default async function TasksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { ctx, user } = await requireUser();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const query = tasksQuery.parse(raw);
  const mayViewTeam = user.role !== "rep";
  const scope = mayViewTeam ? query.scope : "mine";
  const counts = await taskCounts(ctx, scope);
  const page = await listTasks(ctx, { scope, window: query.window, limit: PAGE_SIZE, cursor: query.cursor });
  const editable = can(user.role, "editRecords");
  const href = (changes: Partial<{ window: string; scope: string; cursor: string }>) =>
    `/tasks?${new URLSearchParams(Object.entries({ window: query.window, scope, ...changes }).filter(([, v]) => v) as [string, string][]).toString()}`;

  const tabs = [
    { key: "due", label: "Due", count: counts.overdue + counts.today, hint: counts.overdue > 0 ? `${counts.overdue} overdue` : null },
    { key: "upcoming", label: "Upcoming", count: counts.upcoming, hint: null },
  ] as const;

  return (
    <div className="space-y-5">
      <PageHeader
        title="Tasks"
        description={scope === "mine" ? "Your next actions from calls, emails, meetings, nurturing and follow-ups." : "Everyone's open next actions."}
        actions={
          mayViewTeam ? (
            <nav aria-label="Whose tasks" className="flex rounded-md border border-slate-200 bg-white p-0.5 text-sm">
              {(["mine", "everyone"] as const).map((s) => (
                <Link
                  key={s}
                  href={href({ scope: s, cursor: "" })}
                  aria-current={scope === s ? "page" : undefined}
                  className={cn("rounded px-3 py-1.5", scope === s ? "bg-brand-600 text-white" : "text-slate-600 hover:bg-slate-100")}
                >
                  {s === "mine" ? "Mine" : "Everyone"}
                </Link>
              ))}
            </nav>
          ) : null
        }
      />
      <nav aria-label="When" className="flex gap-1 border-b border-slate-200">
        {tabs.map((tab) => (
          <Link
            key={tab.key}
            href={href({ window: tab.key, cursor: "" })}
            aria-current={query.window === tab.key ? "page" : undefined}
            className={cn(
              "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
              query.window === tab.key ? "border-brand-600 text-brand-700" : "border-transparent text-slate-500 hover:text-slate-800",
            )}
          >
            {tab.label} <span className="ml-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700 tabular-nums">{tab.count}</span>
            {tab.hint && <span className="ml-2 text-xs text-red-600">{tab.hint}</span>}
          </Link>
        ))}
      </nav>
      {page.tasks.length === 0 ? (
        <EmptyState title={query.window === "due" ? "Nothing due" : "Nothing planned"}>
          {query.window === "due"
            ? "No task is overdue or due today. Log a next action on a lead or customer to plan one."
            : "No next action is planned after today."}
        </EmptyState>
      ) : (
        <TaskList
          tasks={page.tasks}
          showOwner={scope === "everyone"}
          action={(task) => (editable ? <MarkDoneButton done={completeTaskAction.bind(null, task.id)} label={task.nextAction} /> : null)}
        />
      )}
      {(query.cursor || page.nextCursor) && (
        <div className="flex justify-end gap-3 text-sm">
          {query.cursor && (
            <Link href={href({ cursor: "" })} className="font-medium text-brand-700 hover:underline">
              First page
            </Link>
          )}
          {page.nextCursor && (
            <Link href={href({ cursor: page.nextCursor })} className="font-medium text-brand-700 hover:underline">
              Next page →
            </Link>
          )}
        </div>
      )}
    </div>
  );
}
