import type { Metadata } from "next";
import { LedgerTabs } from "@/components/transactions/ledger-tabs";
import { NameAndKindForm } from "@/components/transactions/name-and-kind-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { mayManageMoney } from "@/lib/crm/billing/money-access";
import { listAccounts } from "@/lib/crm/billing/list-accounts";
import { listCategories } from "@/lib/crm/billing/list-categories";
import { createAccountAction, createCategoryAction } from "../actions";

export const metadata: Metadata = { title: "Accounts and categories" };

const KIND_LABELS: Record<string, string> = { bank: "Bank", card: "Card", cash: "Cash", other: "Other" };

export default async function LedgerSettingsPage() {
  const { ctx } = await requireUser();
  const manage = mayManageMoney(ctx);
  const { accounts, total: accountCount } = await listAccounts(ctx, { page: 1, limit: 100 });
  const { categories, total: categoryCount } = await listCategories(ctx, { page: 1, limit: 100 });
  return (
    <div className="space-y-5">
      <PageHeader
        title="Accounts and categories"
        description="Where money is kept and how it is grouped. The API's account 1 and category 1 exist in every workspace."
      />
      <LedgerTabs manage={manage} />
      <div className="grid gap-5 lg:grid-cols-2">
        <Card title="Accounts" description={`${accountCount} account${accountCount === 1 ? "" : "s"}`}>
          <ul className="divide-y divide-slate-100" data-testid="accounts-list">
            {accounts.map((a) => (
              <li key={a.seq} className="flex items-center justify-between gap-3 py-2 text-sm">
                <span>
                  <span className="text-slate-400 tabular-nums">#{a.seq}</span> <span className="font-medium text-slate-900">{a.name}</span>
                </span>
                <Badge>{KIND_LABELS[a.kind] ?? a.kind}</Badge>
              </li>
            ))}
          </ul>
          {manage && (
            <div className="mt-4 border-t border-slate-100 pt-4">
              <NameAndKindForm
                idPrefix="account"
                nameLabel="New account"
                kindLabel="Kind"
                kinds={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
                submitLabel="Add account"
                save={createAccountAction}
              />
            </div>
          )}
        </Card>
        <Card title="Categories" description={`${categoryCount} categor${categoryCount === 1 ? "y" : "ies"}`}>
          <ul className="divide-y divide-slate-100" data-testid="categories-list">
            {categories.map((c) => (
              <li key={c.seq} className="flex items-center justify-between gap-3 py-2 text-sm">
                <span>
                  <span className="text-slate-400 tabular-nums">#{c.seq}</span> <span className="font-medium text-slate-900">{c.name}</span>
                </span>
                <Badge tone={c.type === "income" ? "green" : "amber"}>{c.type === "income" ? "Income" : "Expense"}</Badge>
              </li>
            ))}
          </ul>
          {manage && (
            <div className="mt-4 border-t border-slate-100 pt-4">
              <NameAndKindForm
                idPrefix="category"
                nameLabel="New category"
                kindLabel="Type"
                kinds={[
                  { value: "expense", label: "Expense" },
                  { value: "income", label: "Income" },
                ]}
                submitLabel="Add category"
                save={createCategoryAction}
              />
            </div>
          )}
        </Card>
      </div>
    </div>
  );
}
