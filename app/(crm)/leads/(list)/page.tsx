import { LEAD_SOURCES } from "@/lib/crm/leads/lead-sources";
import type { Metadata } from "next";
import Link from "next/link";
import { ALL_CHECKBOX, LeadBulkSelection, ROW_CHECKBOX } from "@/components/leads/lead-bulk-selection";
import { LeadStatusBadge } from "@/components/leads/lead-status-badge";
import { Button, buttonClass } from "@/components/ui/button";
import { LinkButton } from "@/components/ui/link-button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, Select } from "@/components/ui/field";
import { formatDateTime } from "@/components/ui/format-date";
import { formatMoney } from "@/components/ui/format-money";
import { getTenantCurrency } from "@/lib/crm/tenants/get-tenant-currency";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import type { LeadRecord } from "@/lib/crm/leads/lead-record";
import { listLeads } from "@/lib/crm/leads/list-leads";
import { PIPELINE_STAGES, STAGE_LABELS } from "@/lib/crm/pipeline/pipeline-stages";
import { listUsers } from "@/lib/crm/users/list-users";
import { bulkDeleteLeadsAction, bulkUpdateLeadsAction } from "../actions";
import { leadFilterOf, leadListQuery } from "../lead-list-query";

export const metadata: Metadata = { title: "Leads" };

const PAGE_SIZE = 25;

export default async function LeadsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { ctx, user } = await requireUser();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined]));
  const query = leadListQuery.parse(raw);
  const [page, users, currency] = [
    await listLeads(ctx, { ...leadFilterOf(query), cursor: query.cursor, limit: PAGE_SIZE }),
    await listUsers(ctx),
    await getTenantCurrency(ctx),
  ];
  const ownerName = new Map(users.map((u) => [u.id, u.name]));
  const filtered = Boolean(query.status || query.source || query.owner || query.search || query.from || query.to);
  const base = new URLSearchParams(
    Object.entries({ status: query.status, source: query.source, owner: query.owner, search: query.search, from: query.from, to: query.to }).filter(
      ([, v]) => v,
    ) as [string, string][],
  );
  const editable = can(user.role, "editRecords");
  const people = users.map((u) => ({ id: u.id, name: u.name }));

  return (
    <div className="space-y-5">
      <PageHeader
        title="Leads"
        description={
          user.role === "rep"
            ? "Your leads and the unassigned ones, newest first, whichever API, import or page created them."
            : "Every lead of the workspace, newest first, whichever API, import or page created it."
        }
        actions={
          <>
            <a className={buttonClass("secondary")} href={`/leads/export?${base.toString()}`} download data-testid="export-leads">
              Export CSV
            </a>
            {editable && (
              <LinkButton href="/leads/new" variant="primary">
                New lead
              </LinkButton>
            )}
          </>
        }
      />
      <form method="get" role="search" aria-label="Filter leads" className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-end">
        <label className="col-span-2 text-xs font-medium text-slate-600 sm:col-span-1">
          Search
          <Input name="search" type="search" defaultValue={query.search ?? ""} placeholder="Name, email, company, phone" className="mt-1 sm:w-64" />
        </label>
        <label className="text-xs font-medium text-slate-600">
          Status
          <Select name="status" defaultValue={query.status ?? ""} className="mt-1 sm:w-36">
            <option value="">Any status</option>
            {PIPELINE_STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </Select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          Source
          <Select name="source" defaultValue={query.source ?? ""} className="mt-1 sm:w-36">
            <option value="">Any source</option>
            {LEAD_SOURCES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          Owner
          <Select name="owner" defaultValue={query.owner ?? ""} className="mt-1 sm:w-40">
            <option value="">Anyone</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          Created from
          <Input name="from" type="date" defaultValue={query.from ?? ""} className="mt-1 sm:w-40" />
        </label>
        <label className="text-xs font-medium text-slate-600">
          Created to
          <Input name="to" type="date" defaultValue={query.to ?? ""} className="mt-1 sm:w-40" />
        </label>
        <div className="flex items-end gap-2">
          <Button type="submit" variant="secondary">
            Apply
          </Button>
          {filtered && (
            <Link href="/leads" className="px-2 py-2 text-sm text-slate-500 hover:text-slate-800">
              Reset
            </Link>
          )}
        </div>
      </form>
      <LeadBulkSelection users={people} editable={editable} update={bulkUpdateLeadsAction} remove={bulkDeleteLeadsAction}>
        <DataTable<LeadRecord>
          testId="leads-table"
          rows={page.leads}
          rowKey={(lead) => lead.id}
          empty={
            <EmptyState title={filtered ? "No lead matches these filters" : "No leads yet"}>
              {filtered ? "Try another status, source or search." : "Leads arrive through the five APIs and CSV imports."}
            </EmptyState>
          }
          columns={[
            {
              header: "Select",
              headerCell: <input type="checkbox" name={ALL_CHECKBOX} aria-label="Select every lead on this page" className="size-4 rounded border-slate-300" />,
              className: "w-8",
              cell: (lead) => (
                <input type="checkbox" name={ROW_CHECKBOX} value={lead.id} aria-label={`Select ${lead.name}`} className="size-4 rounded border-slate-300" />
              ),
            },
            {
              header: "Lead",
              cell: (lead) => (
                <div className="min-w-0">
                  <Link href={`/leads/${lead.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                    {lead.name}
                  </Link>
                  <p className="truncate text-xs text-slate-500">{lead.email}</p>
                </div>
              ),
            },
            { header: "Company", hideBelow: "md", cell: (lead) => lead.company ?? "—" },
            { header: "Status", cell: (lead) => <LeadStatusBadge status={lead.status} /> },
            { header: "Source", hideBelow: "lg", cell: (lead) => lead.source ?? "—" },
            {
              header: "Value",
              hideBelow: "sm",
              className: "text-right tabular-nums whitespace-nowrap",
              cell: (lead) => formatMoney(lead.value?.toFixed(2) ?? null, currency),
            },
            { header: "Score", hideBelow: "lg", className: "text-right tabular-nums", cell: (lead) => lead.score ?? "—" },
            { header: "Owner", hideBelow: "lg", cell: (lead) => (lead.assignedToId ? (ownerName.get(lead.assignedToId) ?? "—") : "Unassigned") },
            { header: "Created", hideBelow: "md", className: "whitespace-nowrap text-xs text-slate-500", cell: (lead) => formatDateTime(lead.createdAt) },
          ]}
          footer={
            <div className="flex items-center justify-between text-sm">
              <span className="text-slate-500">
                {page.leads.length} shown{query.cursor ? " (later page)" : ""}
              </span>
              <div className="flex gap-3">
                {query.cursor && (
                  <Link href={`/leads?${base.toString()}`} className="font-medium text-brand-700 hover:underline">
                    First page
                  </Link>
                )}
                {page.nextCursor && (
                  <Link
                    href={`/leads?${new URLSearchParams([...base, ["cursor", page.nextCursor]]).toString()}`}
                    className="font-medium text-brand-700 hover:underline"
                    data-testid="next-page"
                  >
                    Next page →
                  </Link>
                )}
              </div>
            </div>
          }
        />
      </LeadBulkSelection>
    </div>
  );
}
