import type { Metadata } from "next";
import Link from "next/link";
import { CUSTOMER_STATUS_LABELS, CustomerStatusBadge } from "@/components/customers/customer-status-badge";
import { HealthBandBadge } from "@/components/customers/health-band-badge";
import { SegmentChips } from "@/components/customers/segment-chips";
import { Button } from "@/components/ui/button";
import { LinkButton } from "@/components/ui/link-button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, Select } from "@/components/ui/field";
import { formatDay } from "@/components/ui/format-day";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import type { CustomerRecord } from "@/lib/crm/customers/customer-record";
import { CUSTOMER_STATUSES, CUSTOMER_TYPES } from "@/lib/crm/customers/customer-schema";
import { countCustomerSegments } from "@/lib/crm/customers/customer-segments";
import { getCustomerHealthScores } from "@/lib/crm/customers/get-customer-health-scores";
import { listCustomers } from "@/lib/crm/customers/list-customers";
import { listUsers } from "@/lib/crm/users/list-users";
import { customerListQuery, filterParams, firstValues } from "./customer-list-query";

export const metadata: Metadata = { title: "Customers" };

const PAGE_SIZE = 25;
const TYPE_LABELS = { business: "Business", individual: "Individual" } as const;

export default async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, ctx } = await requireUser();
  const query = customerListQuery.parse(firstValues(await searchParams));
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
  const withParams = (path: string, params: URLSearchParams) => (params.size > 0 ? `${path}?${params.toString()}` : path);

  return (
    <div className="space-y-5">
      <PageHeader
        title="Customers"
        description={user.role === "rep" ? "Your customers and the unassigned ones, newest first." : "Every customer of the workspace, newest first."}
        actions={
          <>
            <LinkButton variant="secondary" href={withParams("/customers/export", base)} prefetch={false} download data-testid="export-customers">
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
        href={(segment) => withParams("/customers", filterParams(query, { segment }))}
      />
      <form method="get" role="search" aria-label="Filter customers" className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-end">
        {query.segment && <input type="hidden" name="segment" value={query.segment} />}
        <label className="col-span-2 text-xs font-medium text-slate-600 sm:col-span-1">
          Search
          <Input name="search" type="search" defaultValue={query.search ?? ""} placeholder="Name, email, company, phone" className="mt-1 sm:w-64" />
        </label>
        <label className="text-xs font-medium text-slate-600">
          Status
          <Select name="status" defaultValue={query.status ?? ""} className="mt-1 sm:w-36">
            <option value="">Any status</option>
            {CUSTOMER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {CUSTOMER_STATUS_LABELS[s]}
              </option>
            ))}
          </Select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          Type
          <Select name="type" defaultValue={query.type ?? ""} className="mt-1 sm:w-36">
            <option value="">Any type</option>
            {CUSTOMER_TYPES.map((t) => (
              <option key={t} value={t}>
                {TYPE_LABELS[t]}
              </option>
            ))}
          </Select>
        </label>
        <div className="col-span-2 flex items-end gap-2 sm:col-span-1">
          <Button type="submit" variant="secondary">
            Apply
          </Button>
          {filtered && (
            <Link
              href="/customers"
              className="rounded px-2 py-2 text-sm text-slate-500 hover:text-slate-800 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none"
            >
              Reset
            </Link>
          )}
        </div>
      </form>
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
          <div className="flex items-center justify-between text-sm">
            <span className="text-slate-500">
              {page.customers.length} shown{query.cursor ? " (later page)" : ""}
            </span>
            <div className="flex gap-3">
              {query.cursor && (
                <Link href={withParams("/customers", base)} className="font-medium text-brand-700 hover:underline">
                  First page
                </Link>
              )}
              {page.nextCursor && (
                <Link
                  href={`/customers?${new URLSearchParams([...base, ["cursor", page.nextCursor]]).toString()}`}
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
    </div>
  );
}
