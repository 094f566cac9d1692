import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteTransactionButton } from "@/components/transactions/delete-transaction-button";
import { LedgerTabs } from "@/components/transactions/ledger-tabs";
import { TransactionAmount } from "@/components/transactions/transaction-amount";
import { TransactionForm } from "@/components/transactions/transaction-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { formatDateTime, formatDay } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { listAccounts } from "@/lib/crm/billing/list-accounts";
import { listCategories } from "@/lib/crm/billing/list-categories";
import { mayManageMoney } from "@/lib/crm/billing/money-access";
import type { TransactionRecord } from "@/lib/crm/billing/transaction-record";
import { transactionFormValuesOf } from "@/lib/crm/billing/transaction-schema";
import { getTransaction } from "@/lib/crm/billing/transactions";
import { NotFound } from "@/lib/crm/errors";
import { getTenantCurrency } from "@/lib/crm/tenants/get-tenant-currency";
import { seqParam } from "@/lib/http/page-query";
import { deleteTransactionAction, updateTransactionAction } from "../actions";

export const metadata: Metadata = { title: "Transaction" };

/**
 * One transaction: its facts, and for admins and managers the edit form and
 * delete, through the same updateTransaction/deleteTransaction as the API.
 */
export default async function TransactionPage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx } = await requireUser();
  const seq = seqParam((await params).id);
  const transaction = await getTransaction(ctx, seq).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  const manage = mayManageMoney(ctx);
  const currency = await getTenantCurrency(ctx);
  // Sequential: one connection per page render; the choices only matter to someone who may edit.
  const accounts = manage ? (await listAccounts(ctx, { page: 1, limit: 100 })).accounts : [];
  const categories = manage ? (await listCategories(ctx, { page: 1, limit: 100 })).categories : [];
  const payment = transaction.invoice;
  const title = transaction.description ?? (transaction.type === "income" ? "Income" : "Expense");

  return (
    <div className="space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/transactions" className="text-brand-700 hover:underline">
          ← Transactions
        </Link>
      </nav>
      <PageHeader
        title={`Transaction #${transaction.seq}`}
        description={
          <>
            {title} · <TransactionAmount type={transaction.type} amount={transaction.amount.toFixed(2)} currency={currency} /> on {formatDay(transaction.date)}
          </>
        }
      />
      <LedgerTabs manage={manage} />
      {payment && (
        <Alert tone="info">
          A payment on{" "}
          <Link href={`/invoices/${payment.id}`} className="font-medium underline">
            {payment.number}
          </Link>
          . Changing its amount or deleting it changes that invoice&apos;s paid amount and status; it cannot pay more than the invoice, and it stays income.
        </Alert>
      )}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Card title={manage ? "Edit" : "Details"}>
          {manage ? (
            <TransactionForm
              mode="edit"
              accounts={accounts.map((a) => ({ seq: a.seq, name: a.name }))}
              categories={categories.map((c) => ({ seq: c.seq, name: c.name, type: c.type }))}
              initial={transactionFormValuesOf(transaction)}
              typeLocked={Boolean(payment)}
              save={updateTransactionAction.bind(null, transaction.seq)}
            />
          ) : (
            <Facts transaction={transaction} />
          )}
        </Card>
        <div className="space-y-5">
          <Card title="Record">
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-slate-500">Customer</dt>
              <dd>
                {transaction.customer ? (
                  <Link href={`/customers/${transaction.customer.id}`} className="text-brand-700 hover:underline">
                    {transaction.customer.name}
                  </Link>
                ) : (
                  "—"
                )}
              </dd>
              <dt className="text-slate-500">Recorded</dt>
              <dd>{formatDateTime(transaction.createdAt)}</dd>
              <dt className="text-slate-500">Changed</dt>
              <dd>{formatDateTime(transaction.updatedAt)}</dd>
            </dl>
          </Card>
          {manage && (
            <Card title="Delete">
              <DeleteTransactionButton
                warning={
                  payment
                    ? `Delete this payment? ${payment.number} gets its balance back and its status follows.`
                    : `Delete transaction #${transaction.seq}? It leaves the ledger and the financial report.`
                }
                remove={deleteTransactionAction.bind(null, transaction.seq)}
              />
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}

function Facts({ transaction }: { transaction: TransactionRecord }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-slate-500">Type</dt>
      <dd>{transaction.type === "income" ? "Income" : "Expense"}</dd>
      <dt className="text-slate-500">Account</dt>
      <dd>{transaction.account.name}</dd>
      <dt className="text-slate-500">Category</dt>
      <dd>{transaction.category?.name ?? "—"}</dd>
      <dt className="text-slate-500">Reference</dt>
      <dd>{transaction.reference ?? "—"}</dd>
      <dt className="text-slate-500">Method</dt>
      <dd>{transaction.method ?? "—"}</dd>
    </dl>
  );
}
