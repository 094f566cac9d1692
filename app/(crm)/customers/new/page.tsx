import type { Metadata } from "next";
import Link from "next/link";
import { CustomerForm, EMPTY_CUSTOMER } from "@/components/customers/customer-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { listUsers } from "@/lib/crm/users/list-users";
import { createCustomerAction } from "../actions";

export const metadata: Metadata = { title: "New customer" };

export default async function NewCustomerPage() {
  const { user, ctx } = await requirePermission("editRecords");
  const users = (await listUsers(ctx)).filter((u) => u.active).map((u) => ({ id: u.id, name: u.name }));
  return (
    <div className="max-w-3xl space-y-5">
      <Link href="/customers" className="text-sm text-slate-500 hover:text-slate-800">
        ← Customers
      </Link>
      <PageHeader title="New customer" description="Name and email are required; an email belongs to one customer of the workspace." />
      <Card>
        {/* A rep's new customer is theirs unless they choose otherwise. */}
        <CustomerForm
          users={users}
          initial={{ ...EMPTY_CUSTOMER, assignedToId: user.role === "rep" ? user.id : "" }}
          save={createCustomerAction}
          submitLabel="Create customer"
        />
      </Card>
    </div>
  );
}
