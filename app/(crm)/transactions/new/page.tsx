import type { Metadata } from "next";
import { LedgerTabs } from "@/components/transactions/ledger-tabs";
import { TransactionForm } from "@/components/transactions/transaction-form";
import { MoneyForbidden } from "@/components/billing/money-forbidden";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { mayManageMoney } from "@/lib/crm/billing/money-access";
import { listAccounts } from "@/lib/crm/billing/list-accounts";
import { listCategories } from "@/lib/crm/billing/list-categories";
import { todayUtc } from "@/lib/crm/billing/invoice-record";
import { recordTransactionAction } from "../actions";

export const metadata: Metadata = { title: "Record transaction" };

export default async function RecordTransactionPage() {
  const { ctx } = await requireUser();
  const manage = mayManageMoney(ctx);
  const { accounts } = await listAccounts(ctx, { page: 1, limit: 100 });
  const { categories } = await listCategories(ctx, { page: 1, limit: 100 });
  return (
    <div className="space-y-5">
      <PageHeader title="Record transaction" description="Income or an expense outside invoices. Payments on invoices are recorded on the invoice." />
      <LedgerTabs manage={manage} />
      {manage ? (
        <Card>
          <TransactionForm
            mode="create"
            accounts={accounts.map((a) => ({ seq: a.seq, name: a.name }))}
            categories={categories.map((c) => ({ seq: c.seq, name: c.name, type: c.type }))}
            initial={{
              type: "income",
              date: todayUtc(),
              amount: "",
              accountSeq: String(accounts[0]?.seq ?? ""),
              categorySeq: "",
              description: "",
              reference: "",
              method: "",
            }}
            save={recordTransactionAction}
          />
        </Card>
      ) : (
        <MoneyForbidden what="record transactions" />
      )}
    </div>
  );
}
