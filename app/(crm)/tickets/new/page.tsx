import type { Metadata } from "next";
import { NewTicketForm } from "@/components/tickets/new-ticket-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { getCustomer } from "@/lib/crm/customers/get-customer";
import { NotFound } from "@/lib/crm/errors";
import { isUuid } from "@/lib/crm/uuid";
import { listDepartments } from "@/lib/crm/tickets/list-departments";
import { searchCustomersAction } from "../../invoices/search-actions";
import { createTicketAction } from "../actions";

export const metadata: Metadata = { title: "New ticket" };

/** `?customer=<uuid>` (from a customer's page) starts with that customer picked, if this user may see it. */
export default async function NewTicketPage({ searchParams }: { searchParams: Promise<{ customer?: string | string[] }> }) {
  const { user, ctx } = await requireUser();
  if (!can(user.role, "editRecords")) {
    return <EmptyState title="Your role cannot open tickets">Analysts read tickets; ask a rep, manager or admin to open one.</EmptyState>;
  }
  const wanted = (await searchParams).customer;
  const customerId = typeof wanted === "string" && isUuid(wanted) ? wanted : null;
  const customer = customerId
    ? await getCustomer(ctx, { id: customerId }).catch((error: unknown) => {
        if (error instanceof NotFound) return null;
        throw error;
      })
    : null;
  const { departments } = await listDepartments(ctx, { page: 1, limit: 100 });
  return (
    <div className="space-y-5">
      <PageHeader title="New ticket" description="A support request opened on a customer's behalf. It starts Open; replies follow on its page." />
      <NewTicketForm
        initial={{
          customerId: customer?.id ?? "",
          customerName: customer?.name ?? "",
          subject: "",
          message: "",
          departmentSeq: "",
          priority: "medium",
        }}
        departments={departments.map((d) => ({ seq: d.seq, name: d.name }))}
        save={createTicketAction}
        searchCustomers={searchCustomersAction}
      />
    </div>
  );
}
