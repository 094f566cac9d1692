import type { Metadata } from "next";
import Link from "next/link";
import { TaskList } from "@/components/tasks/task-list";
import { MarkDoneButton } from "@/components/tasks/mark-done-button";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format-date";
import { formatMoney } from "@/components/ui/format-money";
import { StatCard } from "@/components/ui/stat-card";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { openPipelineValue } from "@/lib/crm/overview/open-pipeline-value";
import { recentActivity } from "@/lib/crm/overview/recent-activity";
import { PIPELINE_STAGES, STAGE_LABELS } from "@/lib/crm/pipeline/pipeline-stages";
import { listTasks } from "@/lib/crm/tasks/list-tasks";
import { taskCounts } from "@/lib/crm/tasks/task-counts";
import { getTenantCurrency } from "@/lib/crm/tenants/get-tenant-currency";
import { workspaceOverview } from "@/lib/crm/tenants/workspace-overview";
import { completeTaskAction } from "../tasks/actions";

export const metadata: Metadata = { title: "Overview" };

/**
 * The first page after sign-in. A rep sees their day: tasks due today (and
 * overdue), their open pipeline value, and recent activity on their records.
 * Managers, admins and analysts see the team's numbers. Every figure is one
 * SQL aggregate or a short keyset read.
 */
export default async function OverviewPage() {
  const { user, ctx } = await requireUser();
  const team = user.role !== "rep";
  const whose = team ? "team" : "mine";
  const scope = team ? "everyone" : "mine";
  const now = new Date();
  // Sequential on purpose: the embedded database has one connection.
  const counts = await taskCounts(ctx, scope, now);
  const due = await listTasks(ctx, { scope, window: "due", limit: 5, now });
  const pipeline = await openPipelineValue(ctx, whose);
  const activity = await recentActivity(ctx, whose, 8, now);
  const overview = await workspaceOverview(ctx, now);
  const currency = await getTenantCurrency(ctx);
  const editable = can(user.role, "editRecords");
  const dueCount = counts.overdue + counts.today;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{team ? "Team overview" : `Your day, ${user.name.split(" ")[0]}`}</h1>
        <p className="text-sm text-slate-500">
          {user.tenantName} · workspace <code className="rounded bg-slate-100 px-1">{user.clientId}</code>
        </p>
      </div>
      <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
        <StatCard
          label={team ? "Team tasks due" : "Tasks due"}
          value={dueCount.toLocaleString("en")}
          hint={counts.overdue > 0 ? `${counts.overdue} overdue · ${counts.today} today` : `${counts.upcoming} upcoming`}
          testId="stat-due"
        />
        <StatCard
          label={team ? "Team open pipeline" : "My open pipeline"}
          value={formatMoney(pipeline.value, currency)}
          hint={`${pipeline.openLeads.toLocaleString("en")} open lead${pipeline.openLeads === 1 ? "" : "s"}`}
          testId="stat-pipeline"
        />
        <StatCard label={team ? "Leads" : "My and unassigned leads"} value={overview.totalLeads.toLocaleString("en")} />
        <StatCard label={team ? "Calls, last 30 days" : "My calls, last 30 days"} value={overview.callsLast30Days.toLocaleString("en")} />
      </div>
      <div className="grid gap-5 lg:grid-cols-2">
        <Card
          title="Due today"
          description={team ? "Overdue and today's next actions across the team." : "Your overdue and today's next actions."}
          actions={
            <Link href="/tasks" className="text-sm font-medium text-brand-700 hover:underline">
              All tasks
            </Link>
          }
        >
          {due.tasks.length === 0 ? (
            <p className="text-sm text-slate-500">Nothing due today. {counts.upcoming > 0 ? `${counts.upcoming} planned later.` : ""}</p>
          ) : (
            <TaskList
              tasks={due.tasks}
              showOwner={team}
              now={now}
              action={(task) => (editable ? <MarkDoneButton done={completeTaskAction.bind(null, task.id)} label={task.nextAction} /> : null)}
            />
          )}
        </Card>
        <Card title="Recent activity" description={team ? "The latest calls, emails, meetings and notes." : "The latest on your leads and customers."}>
          {activity.length === 0 ? (
            <p className="text-sm text-slate-500">No activity yet.</p>
          ) : (
            <ul className="space-y-3" data-testid="recent-activity">
              {activity.map((item) => {
                const record = item.lead
                  ? { href: `/leads/${item.lead.id}`, name: item.lead.name }
                  : item.customer
                    ? { href: `/customers/${item.customer.id}`, name: item.customer.name }
                    : null;
                return (
                  <li key={item.id} className="text-sm">
                    <p className="text-slate-800">
                      <span className="font-medium capitalize">{item.type}</span>
                      {record && (
                        <>
                          {" · "}
                          <Link href={record.href} className="text-brand-700 hover:underline">
                            {record.name}
                          </Link>
                        </>
                      )}
                    </p>
                    <p className="truncate text-slate-600">{item.summary}</p>
                    <p className="text-xs text-slate-500">
                      {formatDateTime(item.occurredAt)}
                      {item.by ? ` · ${item.by}` : ""}
                    </p>
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
      </div>
      <Card
        title="Leads by status"
        description={team ? "Every lead of the workspace." : "Your leads and the unassigned ones."}
        actions={
          <Link href="/pipeline" className="text-sm font-medium text-brand-700 hover:underline">
            Pipeline
          </Link>
        }
      >
        {overview.totalLeads === 0 ? (
          <p className="text-sm text-slate-500">No leads yet. Create one on the Leads page or send one with POST /api/leads.</p>
        ) : (
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {PIPELINE_STAGES.map((status) => (
              <li key={status}>
                <Link
                  href={`/leads?status=${status}`}
                  className="hover:border-brand-200 block rounded-md border border-slate-100 px-3 py-2 hover:bg-brand-50/40"
                >
                  <p className="text-xs tracking-wide text-slate-500 uppercase">{STAGE_LABELS[status]}</p>
                  <p className="text-lg font-semibold text-slate-900" data-testid={`status-${status}`}>
                    {(overview.leadsByStatus[status] ?? 0).toLocaleString("en")}
                  </p>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
