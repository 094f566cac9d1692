import type { Metadata } from "next";
import Link from "next/link";
import { LeadForm } from "@/components/leads/lead-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { listUsers } from "@/lib/crm/users/list-users";
import { createLeadAction } from "../actions";

export const metadata: Metadata = { title: "New lead" };

/** "New lead": the crm API's create rules (an email already used by a lead is refused beside the field). A rep's new lead is theirs by default. */
export default async function NewLeadPage() {
  const { ctx, user } = await requirePermission("editRecords");
  const users = (await listUsers(ctx)).map((u) => ({ id: u.id, name: u.name }));
  return (
    <div className="max-w-3xl space-y-5">
      <Link href="/leads" className="text-sm text-slate-500 hover:text-slate-800">
        ← Leads
      </Link>
      <PageHeader title="New lead" description="Name and email are required; everything else can wait." />
      <Card>
        <LeadForm
          users={users}
          save={createLeadAction}
          submitLabel="Create lead"
          initial={{ name: "", email: "", status: "new", source: "", assignedToId: user.role === "rep" ? user.id : "" }}
        />
      </Card>
    </div>
  );
}
