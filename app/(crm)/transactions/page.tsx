import type { Metadata } from "next";
import Link from "next/link";
import { LedgerTabs } from "@/components/transactions/ledger-tabs";
import { TransactionAmount } from "@/components/transactions/transaction-amount";
import { Alert } from "@/components/ui/alert";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/field";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { formatDay } from "@/components/ui/format-date";
import { formatMoney } from "@/components/ui/format-money";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { requireUser } from "@/lib/auth/current-user";
import { mayManageMoney } from "@/lib/crm/billing/money-access";
import { getTenantCurrency } from "@/lib/crm/tenants/get-tenant-currency";
import { listAccounts } from "@/lib/crm/billing/list-accounts";
import { browseTransactions } from "@/lib/crm/billing/browse-transactions";
import { listCategories } from "@/lib/crm/billing/list-categories";
import type { TransactionRecord } from "@/lib/crm/billing/transaction-record";
import { transactionTotals } from "@/lib/crm/billing/transaction-totals";
import { queryOf, readPageQuery, withQuery, type SearchParams } from "@/lib/http/page-query";
import { transactionListQuery } from "./transaction-list-query";

export const metadata: Metadata = { title: "Transactions" };

const PAGE_SIZE = 25;

export default async function TransactionsPage({ searchParams }: { searchParams: SearchParams }) {
  const { ctx } = await requireUser();
  const query = await readPageQuery(searchParams, transactionListQuery);
  const filters = { type: query.type, accountSeq: query.account, categorySeq: query.category, dateFrom: query.from, dateTo: query.to };
  // Sequential: each is one short query; the page waits for all anyway.
  const page = await browseTransactions(ctx, { ...filters, cursor: query.cursor, limit: PAGE_SIZE });
  const totals = await transactionTotals(ctx, filters);
  const { accounts } = await listAccounts(ctx, { page: 1, limit: 100 });
  const { categories } = await listCategories(ctx, { page: 1, limit: 100 });
  const manage = mayManageMoney(ctx);
  const currency = await getTenantCurrency(ctx);
  const money = (value: string) => formatMoney(value, currency, { cents: true });
  const filtered = Boolean(query.type || query.account || query.category || query.from || query.to);
  const base = queryOf({ type: query.type, account: query.account, category: query.category, from: query.from, to: query.to });

  return (
    <div className="space-y-5">
      <PageHeader
        title="Transactions"
        description="Income and expenses across your accounts. Invoice payments land here as income."
        actions={manage && <LinkButton href="/transactions/new">Record transaction</LinkButton>}
      />
      <LedgerTabs manage={manage} />
      {query.deleted && <Alert tone="success">Transaction #{query.deleted} was deleted.</Alert>}
      <FilterForm label="Filter transactions" resetHref="/transactions" filtered={filtered}>
        <FilterSelect
          label="Type"
          name="type"
          value={query.type}
          any="All"
          options={[
            { value: "income", label: "Income" },
            { value: "expense", label: "Expenses" },
          ]}
        />
        <FilterSelect
          label="Account"
          name="account"
          value={query.account?.toString()}
          any="Any account"
          options={accounts.map((a) => ({ value: String(a.seq), label: a.name }))}
        />
        <div className="col-span-2 sm:col-span-1">
          <FilterSelect
            label="Category"
            name="category"
            value={query.category?.toString()}
            any="Any category"
            options={categories.map((c) => ({ value: String(c.seq), label: `${c.name} (${c.type})` }))}
          />
        </div>
        <label className="text-xs font-medium text-slate-600">
          From
          <Input name="from" type="date" defaultValue={query.from ?? ""} className="mt-1 sm:w-40" />
        </label>
        <label className="text-xs font-medium text-slate-600">
          To
          <Input name="to" type="date" defaultValue={query.to ?? ""} className="mt-1 sm:w-40" />
        </label>
      </FilterForm>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard label="Income" value={money(totals.income)} testId="total-income" />
        <StatCard label="Expenses" value={money(totals.expenses)} testId="total-expenses" />
        <StatCard label="Net" value={money(totals.net)} testId="total-net" />
        <StatCard label="Transactions" value={totals.count.toLocaleString("en-US")} hint={filtered ? "matching the filters" : "all time"} />
      </div>
      <DataTable<TransactionRecord>
        testId="transactions-table"
        rows={page.transactions}
        rowKey={(t) => t.id}
        empty={
          <EmptyState
            title={filtered ? "No transaction matches these filters" : "No transactions yet"}
            action={
              !filtered && manage ? (
                <Link href="/transactions/new" className="text-sm font-medium text-brand-700 hover:underline">
                  Record the first one
                </Link>
              ) : undefined
            }
          >
            {filtered ? "Try another account, category or date range." : "Payments on invoices and the income and expenses you record appear here."}
          </EmptyState>
        }
        columns={[
          { header: "Date", hideBelow: "sm", className: "whitespace-nowrap text-slate-600", cell: (t) => formatDay(t.date) },
          {
            header: "Description",
            cell: (t) => (
              <div className="min-w-0">
                <Link href={`/transactions/${t.seq}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                  {t.description ?? (t.type === "income" ? "Income" : "Expense")}
                </Link>
                <p className="space-x-1 text-xs text-slate-500">
                  <span className="sm:hidden">{formatDay(t.date)}</span>
                  {t.invoice && (
                    <Link href={`/invoices/${t.invoice.id}`} className="hover:underline">
                      {t.invoice.number}
                    </Link>
                  )}
                  {t.customer && (
                    <Link href={`/customers/${t.customer.id}`} className="hover:underline">
                      {t.customer.name}
                    </Link>
                  )}
                  {t.category && <span className="sm:hidden">· {t.category.name}</span>}
                </p>
              </div>
            ),
          },
          { header: "Category", hideBelow: "sm", className: "text-slate-600", cell: (t) => t.category?.name ?? "—" },
          { header: "Account", hideBelow: "md", className: "text-slate-600", cell: (t) => t.account.name },
          {
            header: "Amount",
            className: "text-right tabular-nums whitespace-nowrap font-medium",
            cell: (t) => <TransactionAmount type={t.type} amount={t.amount.toFixed(2)} currency={currency} />,
          },
        ]}
        footer={
          <KeysetPager
            shown={page.transactions.length}
            later={Boolean(query.cursor)}
            firstHref={withQuery("/transactions", base)}
            nextHref={page.nextCursor ? withQuery("/transactions", new URLSearchParams([...base, ["cursor", page.nextCursor]])) : null}
          />
        }
      />
    </div>
  );
}
