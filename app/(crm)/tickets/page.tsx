import type { Metadata } from "next";
import Link from "next/link";
import { TicketPriorityBadge } from "@/components/tickets/ticket-badges";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
import { formatDateTime } from "@/components/ui/format-date";
import { LinkButton } from "@/components/ui/link-button";
import { LinkTabs } from "@/components/ui/link-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { countTicketsByStatus } from "@/lib/crm/tickets/count-tickets-by-status";
import { TICKET_PRIORITIES, TICKET_STATUSES } from "@/lib/crm/tickets/ticket-fields";
import { listDepartments } from "@/lib/crm/tickets/list-departments";
import { listTickets } from "@/lib/crm/tickets/list-tickets";
import type { TicketRecord } from "@/lib/crm/tickets/ticket-record";
import { TICKET_PRIORITY_LABELS, TICKET_STATUS_LABELS } from "@/lib/crm/tickets/ticket-schema";
import { queryOf, readPageQuery, withQuery, type SearchParams } from "@/lib/http/page-query";
import { ticketListQuery } from "./ticket-list-query";

export const metadata: Metadata = { title: "Tickets" };

const PAGE_SIZE = 20;

export default async function TicketsPage({ searchParams }: { searchParams: SearchParams }) {
  const { ctx, user } = await requireUser();
  const query = await readPageQuery(searchParams, ticketListQuery);
  const filters = { departmentSeq: query.department, priority: query.priority, search: query.search };
  const counts = await countTicketsByStatus(ctx, filters);
  const { tickets, total } = await listTickets(ctx, { ...filters, status: query.status, page: query.page, limit: PAGE_SIZE, newestFirst: true });
  const { departments } = await listDepartments(ctx, { page: 1, limit: 100 });
  const filtered = Boolean(query.department || query.priority || query.search);
  const kept = queryOf({ department: query.department, priority: query.priority, search: query.search });
  const base = queryOf({ status: query.status, department: query.department, priority: query.priority, search: query.search });

  return (
    <div className="space-y-5">
      <PageHeader
        title="Tickets"
        description="Support requests from customers: the API's tickets, newest first, with their conversations."
        actions={can(user.role, "editRecords") && <LinkButton href="/tickets/new">New ticket</LinkButton>}
      />
      <LinkTabs
        label="Ticket status"
        tabs={TICKET_STATUSES.map((status) => ({
          href: withQuery("/tickets", new URLSearchParams([...kept, ["status", status]])),
          label: TICKET_STATUS_LABELS[status],
          count: counts[status],
          active: status === query.status,
        }))}
      />
      <FilterForm label="Filter tickets" resetHref={`/tickets?status=${query.status}`} filtered={filtered}>
        <input type="hidden" name="status" value={query.status} />
        <FilterSearch value={query.search} placeholder="Subject or message" />
        <FilterSelect
          label="Department"
          name="department"
          value={query.department?.toString()}
          any="Any department"
          options={departments.map((d) => ({ value: String(d.seq), label: d.name }))}
        />
        <FilterSelect
          label="Priority"
          name="priority"
          value={query.priority}
          any="Any"
          options={TICKET_PRIORITIES.map((p) => ({ value: p, label: TICKET_PRIORITY_LABELS[p] }))}
        />
      </FilterForm>
      <DataTable<TicketRecord>
        testId="tickets-table"
        rows={tickets}
        rowKey={(t) => t.id}
        empty={
          <EmptyState title={filtered ? "No ticket matches these filters" : `No ${TICKET_STATUS_LABELS[query.status].toLowerCase()} tickets`}>
            {filtered
              ? "Try another department, priority or search."
              : "Tickets arrive through POST /api/v2/tickets or New ticket; their replies show here as a conversation."}
          </EmptyState>
        }
        columns={[
          {
            header: "Ticket",
            cell: (t) => (
              <div className="min-w-0">
                <Link href={`/tickets/${t.seq}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                  {t.subject}
                </Link>
                <p className="truncate text-xs text-slate-500">
                  #{t.seq}
                  {t.customer ? ` · ${t.customer.name}` : ""}
                  <span className="md:hidden">{t.department ? ` · ${t.department.name}` : ""}</span>
                </p>
              </div>
            ),
          },
          { header: "Priority", cell: (t) => <TicketPriorityBadge priority={t.priority} /> },
          { header: "Department", hideBelow: "md", className: "text-slate-600", cell: (t) => t.department?.name ?? "—" },
          { header: "Assignee", hideBelow: "lg", className: "text-slate-600", cell: (t) => t.assignedTo?.name ?? "Unassigned" },
          { header: "Opened", hideBelow: "sm", className: "whitespace-nowrap text-xs text-slate-500", cell: (t) => formatDateTime(t.createdAt) },
        ]}
        footer={<Pager path="/tickets" query={base} page={query.page} pageCount={Math.ceil(total / PAGE_SIZE)} shown={tickets.length} />}
      />
    </div>
  );
}
