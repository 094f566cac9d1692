import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { StatCard } from "@/components/ui/stat-card";
import { requireUser } from "@/lib/auth/current-user";
import { workspaceOverview } from "@/lib/crm/tenants/workspace-overview";

export const metadata: Metadata = { title: "Overview" };

const STATUS_ORDER = ["new", "contacted", "qualified", "proposal", "negotiation", "converted", "won", "lost"] as const;

export default async function OverviewPage() {
  const { user, ctx } = await requireUser();
  const overview = await workspaceOverview(ctx);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Overview</h1>
        <p className="text-sm text-slate-500">
          {user.tenantName} · workspace <code className="rounded bg-slate-100 px-1">{user.clientId}</code>
        </p>
      </div>
      <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
        <StatCard label="Leads" value={overview.totalLeads.toLocaleString("en")} />
        <StatCard label="Customers" value={overview.customers.toLocaleString("en")} />
        <StatCard label="Calls, last 30 days" value={overview.callsLast30Days.toLocaleString("en")} />
        <StatCard
          label={`Open invoices (${overview.openInvoices.count})`}
          value={`$${Number(overview.openInvoices.outstanding).toLocaleString("en", { minimumFractionDigits: 2 })}`}
        />
      </div>
      <Card title="Leads by status" description="Every lead of the workspace, whichever API or page created it.">
        {overview.totalLeads === 0 ? (
          <p className="text-sm text-slate-500">No leads yet. Send one with POST /api/leads or /lead/add.</p>
        ) : (
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {STATUS_ORDER.map((status) => (
              <li key={status} className="rounded-md border border-slate-100 px-3 py-2">
                <p className="text-xs tracking-wide text-slate-500 uppercase">{status}</p>
                <p className="text-lg font-semibold text-slate-900" data-testid={`status-${status}`}>
                  {(overview.leadsByStatus[status] ?? 0).toLocaleString("en")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Integrations" description="Five documented REST APIs read and write the same data.">
        <p className="text-sm text-slate-600">
          Create keys under{" "}
          <Link className="text-brand-600 underline" href="/settings/api-keys">
            Settings → API keys
          </Link>
          ; read the{" "}
          <Link className="text-brand-600 underline" href="/docs">
            API documentation
          </Link>
          .
        </p>
      </Card>
    </div>
  );
}
