import type { Metadata } from "next";
import Link from "next/link";
import { LedgerTabs } from "@/components/transactions/ledger-tabs";
import { TransactionAmount } from "@/components/transactions/transaction-amount";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, Select } from "@/components/ui/field";
import { formatDay } from "@/components/ui/format-day";
import { formatMoney } from "@/components/ui/format-money";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { requireUser } from "@/lib/auth/current-user";
import { mayManageMoney } from "@/lib/crm/access/access";
import { listAccounts } from "@/lib/crm/billing/accounts";
import { browseTransactions } from "@/lib/crm/billing/browse-transactions";
import { listCategories } from "@/lib/crm/billing/categories";
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
      <form method="get" role="search" aria-label="Filter transactions" className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-end">
        <label className="text-xs font-medium text-slate-600">
          Type
          <Select name="type" defaultValue={query.type ?? ""} className="mt-1 sm:w-32">
            <option value="">All</option>
            <option value="income">Income</option>
            <option value="expense">Expenses</option>
          </Select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          Account
          <Select name="account" defaultValue={query.account ?? ""} className="mt-1 sm:w-40">
            <option value="">Any account</option>
            {accounts.map((a) => (
              <option key={a.seq} value={a.seq}>
                {a.name}
              </option>
            ))}
          </Select>
        </label>
        <label className="col-span-2 text-xs font-medium text-slate-600 sm:col-span-1">
          Category
          <Select name="category" defaultValue={query.category ?? ""} className="mt-1 sm:w-44">
            <option value="">Any category</option>
            {categories.map((c) => (
              <option key={c.seq} value={c.seq}>
                {c.name} ({c.type === "income" ? "income" : "expense"})
              </option>
            ))}
          </Select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          From
          <Input name="from" type="date" defaultValue={query.from ?? ""} className="mt-1 sm:w-40" />
        </label>
        <label className="text-xs font-medium text-slate-600">
          To
          <Input name="to" type="date" defaultValue={query.to ?? ""} className="mt-1 sm:w-40" />
        </label>
        <div className="col-span-2 flex items-end gap-2">
          <Button type="submit" variant="secondary">
            Apply
          </Button>
          {filtered && (
            <Link href="/transactions" className="px-2 py-2 text-sm text-slate-500 hover:text-slate-800">
              Reset
            </Link>
          )}
        </div>
      </form>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard label="Income" value={formatMoney(totals.income, undefined, { cents: true })} testId="total-income" />
        <StatCard label="Expenses" value={formatMoney(totals.expenses, undefined, { cents: true })} testId="total-expenses" />
        <StatCard label="Net" value={formatMoney(totals.net, undefined, { cents: true })} testId="total-net" />
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
                <p className="font-medium text-slate-900">{t.description ?? (t.type === "income" ? "Income" : "Expense")}</p>
                <p className="space-x-1 text-xs text-slate-500">
                  <span className="sm:hidden">{formatDay(t.date)}</span>
                  {t.invoice && (
                    <Link href={`/invoices/${t.invoice.seq}`} className="hover:underline">
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
            cell: (t) => <TransactionAmount type={t.type} amount={t.amount.toFixed(2)} />,
          },
        ]}
        footer={
          <div className="flex items-center justify-between text-sm">
            <span className="text-slate-500">
              {page.transactions.length} shown{query.cursor ? " (later page)" : ""}
            </span>
            <div className="flex gap-3">
              {query.cursor && (
                <Link href={withQuery("/transactions", base)} className="font-medium text-brand-700 hover:underline">
                  Newest
                </Link>
              )}
              {page.nextCursor && (
                <Link
                  href={withQuery("/transactions", new URLSearchParams([...base, ["cursor", page.nextCursor]]))}
                  className="font-medium text-brand-700 hover:underline"
                  data-testid="next-page"
                >
                  Older →
                </Link>
              )}
            </div>
          </div>
        }
      />
    </div>
  );
}
