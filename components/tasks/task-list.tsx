import Link from "next/link";
import type { ReactNode } from "react";
import type { TaskRow } from "@/lib/crm/tasks/list-tasks";
import { Badge } from "../ui/badge";
import { formatDateTime } from "../ui/format-date";

/** Tasks as a list (the tasks page and the overview): what, for whom, when due, and an action slot. */
export function TaskList({
  tasks,
  showOwner,
  action,
  now = new Date(),
}: {
  tasks: TaskRow[];
  showOwner: boolean;
  action(task: TaskRow): ReactNode;
  now?: Date;
}) {
  const startOfToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="task-list">
      {tasks.map((task) => {
        const record = task.lead
          ? { href: `/leads/${task.lead.id}`, name: task.lead.name }
          : task.customer
            ? { href: `/customers/${task.customer.id}`, name: task.customer.name }
            : null;
        const overdue = task.dueAt.getTime() < startOfToday;
        return (
          <li key={task.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3" data-testid="task">
            <div className="min-w-0 flex-1">
              <p className="font-medium text-slate-900">{task.nextAction}</p>
              <p className="text-xs text-slate-500">
                {record ? (
                  <Link href={record.href} className="text-brand-700 hover:underline">
                    {record.name}
                  </Link>
                ) : (
                  "No record"
                )}
                {showOwner && ` · ${task.owner?.name ?? "Unassigned"}`}
                {task.fromWorkflow && " · automatic"}
              </p>
            </div>
            <div className="flex items-center gap-3">
              {overdue ? <Badge tone="red">Overdue</Badge> : null}
              <span className="text-xs whitespace-nowrap text-slate-600 tabular-nums">{formatDateTime(task.dueAt)}</span>
              {action(task)}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
