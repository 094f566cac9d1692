import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ALL_CHECKBOX, LeadBulkSelection, ROW_CHECKBOX } from "@/components/leads/lead-bulk-selection";
import { LeadStatusBadge } from "@/components/leads/lead-status-badge";
import { buttonClass } from "@/components/ui/button";
import { DataTable, type ColumnSort } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterDate, FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
import { formatDateTime, formatDay } from "@/components/ui/format-date";
import { formatMoney } from "@/components/ui/format-money";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { ValidationFailed } from "@/lib/crm/errors";
import type { LeadRecord } from "@/lib/crm/leads/lead-record";
import type { LeadSortKey } from "@/lib/crm/leads/lead-sort";
import { LEAD_SOURCES } from "@/lib/crm/leads/lead-sources";
import { listLeads } from "@/lib/crm/leads/list-leads";
import { getTenantCurrency } from "@/lib/crm/tenants/get-tenant-currency";
import { PIPELINE_STAGES, STAGE_LABELS } from "@/lib/crm/pipeline/pipeline-stages";
import { listUsers } from "@/lib/crm/users/list-users";
import { readPageQuery, withQuery, type SearchParams } from "@/lib/http/page-query";
import { bulkDeleteLeadsAction, bulkUpdateLeadsAction } from "../actions";
import { leadFilterOf, leadFilterParams, leadListQuery, leadSortOf, leadSortParams, sortLinkParams } from "../lead-list-query";

export const metadata: Metadata = { title: "Leads" };

const PAGE_SIZE = 25;

export default async function LeadsPage({ searchParams }: { searchParams: SearchParams }) {
  const { ctx, user } = await requireUser();
  const query = await readPageQuery(searchParams, leadListQuery);
  const sort = leadSortOf(query);
  // Sequential: one connection per page render is kinder to a shared database (and PGlite has one).
  const page = await listLeads(ctx, { ...leadFilterOf(query), sort, cursor: query.cursor, limit: PAGE_SIZE }).catch((error: unknown) => {
    // A cursor from another sort (an old link) is refused by the domain: start that sort from its first page.
    if (error instanceof ValidationFailed && query.cursor) redirect(withQuery("/leads", leadSortParams(query, sort)));
    throw error;
  });
  const users = await listUsers(ctx);
  const currency = await getTenantCurrency(ctx);
  const ownerName = new Map(users.map((u) => [u.id, u.name]));
  const filtered = Boolean(query.status || query.source || query.owner || query.search || query.from || query.to);
  const base = leadSortParams(query, sort);
  const sortBy = (key: LeadSortKey): ColumnSort => {
    const link = sortLinkParams(query, key);
    return { href: withQuery("/leads", link.params), direction: link.direction };
  };
  const editable = can(user.role, "editRecords");
  const people = users.map((u) => ({ id: u.id, name: u.name }));

  return (
    <div className="space-y-5">
      <PageHeader
        title="Leads"
        description={
          user.role === "rep"
            ? "Your leads and the unassigned ones, whichever API, import or page created them. Sort by a column header."
            : "Every lead of the workspace, whichever API, import or page created it. Sort by a column header."
        }
        actions={
          <>
            <a className={buttonClass("secondary")} href={withQuery("/leads/export", leadFilterParams(query))} download data-testid="export-leads">
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
      <FilterForm label="Filter leads" resetHref={withQuery("/leads", leadSortParams({}, sort))} filtered={filtered}>
        {query.sort && <input type="hidden" name="sort" value={sort.key} />}
        {query.sort && <input type="hidden" name="dir" value={sort.direction} />}
        <FilterSearch value={query.search} placeholder="Name, email, company, phone" />
        <FilterSelect
          label="Status"
          name="status"
          value={query.status}
          any="Any status"
          options={PIPELINE_STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
        />
        <FilterSelect label="Source" name="source" value={query.source} any="Any source" options={LEAD_SOURCES.map((s) => ({ value: s, label: s }))} />
        <FilterSelect label="Owner" name="owner" value={query.owner} any="Anyone" options={users.map((u) => ({ value: u.id, label: u.name }))} />
        <FilterDate label="Created from" name="from" value={query.from} />
        <FilterDate label="Created to" name="to" value={query.to} />
      </FilterForm>
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
              sort: sortBy("name"),
              cell: (lead) => (
                <div className="min-w-0">
                  <Link href={`/leads/${lead.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                    {lead.name}
                  </Link>
                  <p className="max-w-[10rem] truncate text-xs text-slate-500 sm:max-w-xs" title={lead.email}>
                    {lead.email}
                  </p>
                </div>
              ),
            },
            { header: "Company", hideBelow: "md", sort: sortBy("company"), cell: (lead) => lead.company ?? "—" },
            { header: "Status", sort: sortBy("status"), cell: (lead) => <LeadStatusBadge status={lead.status} /> },
            { header: "Source", hideBelow: "lg", cell: (lead) => lead.source ?? "—" },
            {
              header: "Value",
              hideBelow: "sm",
              sort: sortBy("value"),
              className: "text-right tabular-nums whitespace-nowrap",
              cell: (lead) => formatMoney(lead.value?.toFixed(2) ?? null, currency),
            },
            { header: "Score", hideBelow: "lg", sort: sortBy("score"), className: "text-right tabular-nums", cell: (lead) => lead.score ?? "—" },
            { header: "Owner", hideBelow: "lg", cell: (lead) => (lead.assignedToId ? (ownerName.get(lead.assignedToId) ?? "—") : "Unassigned") },
            {
              header: "Created",
              hideBelow: "md",
              sort: sortBy("created"),
              className: "whitespace-nowrap text-xs text-slate-500",
              // The day only, so the table fits beside the sidebar at 1280 px; the time is in the tooltip.
              cell: (lead) => <time title={formatDateTime(lead.createdAt)}>{formatDay(lead.createdAt)}</time>,
            },
          ]}
          footer={
            <KeysetPager
              shown={page.leads.length}
              later={Boolean(query.cursor)}
              firstHref={withQuery("/leads", base)}
              nextHref={page.nextCursor ? withQuery("/leads", new URLSearchParams([...base, ["cursor", page.nextCursor]])) : null}
            />
          }
        />
      </LeadBulkSelection>
    </div>
  );
}
