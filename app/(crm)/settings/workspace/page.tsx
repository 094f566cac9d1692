import type { Metadata } from "next";
import { WorkspaceCurrencyForm } from "@/components/settings/workspace-currency-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { getTenantCurrency } from "@/lib/crm/tenants/get-tenant-currency";
import { setCurrencyAction } from "./actions";

export const metadata: Metadata = { title: "Workspace" };

export default async function WorkspaceSettingsPage() {
  const { user, ctx } = await requireUser();
  const currency = await getTenantCurrency(ctx);
  return (
    <Card
      title="Currency"
      description="New invoices are issued in this currency and the money pages format amounts with it. Invoices already issued keep their own currency."
    >
      {user.role === "admin" ? (
        <WorkspaceCurrencyForm currency={currency} save={setCurrencyAction} />
      ) : (
        <Alert tone="info">This workspace uses {currency}. Only admins change workspace settings.</Alert>
      )}
    </Card>
  );
}
