import type { Metadata } from "next";
import Link from "next/link";
import { CUSTOMER_STATUS_LABELS, CustomerStatusBadge } from "@/components/customers/customer-status-badge";
import { HealthBandBadge } from "@/components/customers/health-band-badge";
import { SegmentChips } from "@/components/customers/segment-chips";
import { LinkButton } from "@/components/ui/link-button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
import { formatDay } from "@/components/ui/format-date";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import type { CustomerRecord } from "@/lib/crm/customers/customer-record";
import { CUSTOMER_STATUSES, CUSTOMER_TYPES } from "@/lib/crm/customers/customer-schema";
import { countCustomerSegments } from "@/lib/crm/customers/customer-segments";
import { getCustomerHealthScores } from "@/lib/crm/customers/get-customer-health-scores";
import { listCustomers } from "@/lib/crm/customers/list-customers";
import { listUsers } from "@/lib/crm/users/list-users";
import { readPageQuery, withQuery, type SearchParams } from "@/lib/http/page-query";
import { customerListQuery, filterParams } from "../customer-list-query";

export const metadata: Metadata = { title: "Customers" };

const PAGE_SIZE = 25;
const TYPE_LABELS = { business: "Business", individual: "Individual" } as const;

export default async function CustomersPage({ searchParams }: { searchParams: SearchParams }) {
  const { user, ctx } = await requireUser();
  const query = await readPageQuery(searchParams, customerListQuery);
  const now = new Date();
  // Sequential: one connection per page render is kinder to a shared database (and PGlite has one).
  const summary = await countCustomerSegments(ctx, now);
  const page = await listCustomers(ctx, { ...query, limit: PAGE_SIZE }, now);
  const health = await getCustomerHealthScores(
    ctx,
    page.customers.map((c) => c.id),
    now,
  );
  const ownerName = new Map((await listUsers(ctx)).map((u) => [u.id, u.name]));
  const editable = can(user.role, "editRecords");
  const filtered = Boolean(query.status || query.type || query.segment || query.search);
  const base = filterParams(query);

  return (
    <div className="space-y-5">
      <PageHeader
        title="Customers"
        description={user.role === "rep" ? "Your customers and the unassigned ones, newest first." : "Every customer of the workspace, newest first."}
        actions={
          <>
            <LinkButton variant="secondary" href={withQuery("/customers/export", base)} prefetch={false} download data-testid="export-customers">
              Export CSV
            </LinkButton>
            {editable && (
              <>
                <LinkButton variant="secondary" href="/import?type=customers">
                  Import
                </LinkButton>
                <LinkButton href="/customers/new" variant="primary">
                  New customer
                </LinkButton>
              </>
            )}
          </>
        }
      />
      <SegmentChips
        total={summary.total}
        segments={summary.segments}
        active={query.segment}
        href={(segment) => withQuery("/customers", filterParams(query, { segment }))}
      />
      <FilterForm label="Filter customers" resetHref="/customers" filtered={filtered}>
        {query.segment && <input type="hidden" name="segment" value={query.segment} />}
        <FilterSearch value={query.search} placeholder="Name, email, company, phone" />
        <FilterSelect
          label="Status"
          name="status"
          value={query.status}
          any="Any status"
          options={CUSTOMER_STATUSES.map((s) => ({ value: s, label: CUSTOMER_STATUS_LABELS[s] }))}
        />
        <FilterSelect label="Type" name="type" value={query.type} any="Any type" options={CUSTOMER_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }))} />
      </FilterForm>
      <DataTable<CustomerRecord>
        testId="customers-table"
        rows={page.customers}
        rowKey={(customer) => customer.id}
        empty={
          <EmptyState
            title={filtered ? "No customer matches these filters" : "No customers yet"}
            action={!filtered && editable ? <LinkButton href="/customers/new">Add the first customer</LinkButton> : undefined}
          >
            {filtered ? "Try another segment, status or search." : "Customers come from converted leads, the APIs, imports and this page."}
          </EmptyState>
        }
        columns={[
          {
            header: "Customer",
            cell: (customer) => (
              <div className="min-w-0">
                <Link href={`/customers/${customer.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                  {customer.name}
                </Link>
                <p className="max-w-[14rem] truncate text-xs text-slate-500 sm:max-w-xs">{customer.email ?? customer.phone ?? "—"}</p>
              </div>
            ),
          },
          { header: "Company", hideBelow: "lg", cell: (customer) => customer.company ?? "—" },
          { header: "Type", hideBelow: "md", cell: (customer) => TYPE_LABELS[customer.type] },
          { header: "Status", hideBelow: "sm", cell: (customer) => <CustomerStatusBadge status={customer.status} /> },
          {
            header: "Health",
            cell: (customer) => {
              const h = health.get(customer.id);
              return h ? <HealthBandBadge band={h.band} score={h.score} /> : "—";
            },
          },
          {
            header: "Owner",
            hideBelow: "lg",
            className: "whitespace-nowrap",
            cell: (customer) => (customer.assignedToId ? (ownerName.get(customer.assignedToId) ?? "—") : "Unassigned"),
          },
          { header: "Created", hideBelow: "md", className: "whitespace-nowrap text-xs text-slate-500", cell: (customer) => formatDay(customer.createdAt) },
        ]}
        footer={
          <KeysetPager
            shown={page.customers.length}
            later={Boolean(query.cursor)}
            firstHref={base.size > 0 ? `/customers?${base.toString()}` : "/customers"}
            nextHref={page.nextCursor ? `/customers?${new URLSearchParams([...base, ["cursor", page.nextCursor]]).toString()}` : null}
          />
        }
      />
    </div>
  );
}
