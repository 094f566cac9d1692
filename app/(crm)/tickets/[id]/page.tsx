import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TicketPriorityBadge, TicketStatusBadge } from "@/components/tickets/ticket-badges";
import { TicketConversation, type ConversationMessage } from "@/components/tickets/ticket-conversation";
import { TicketReplyForm } from "@/components/tickets/ticket-reply-form";
import { TicketTriageForm } from "@/components/tickets/ticket-triage-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { NotFound } from "@/lib/crm/errors";
import { seqParam } from "@/lib/http/page-query";
import { getTicket } from "@/lib/crm/tickets/get-ticket";
import { listDepartments } from "@/lib/crm/tickets/list-departments";
import { listUsers } from "@/lib/crm/users/list-users";
import { replyToTicketAction, triageTicketAction } from "../actions";

export const metadata: Metadata = { title: "Ticket" };

export default async function TicketPage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx, user } = await requireUser();
  const seq = seqParam((await params).id);
  const ticket = await getTicket(ctx, seq).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  const { departments } = await listDepartments(ctx, { page: 1, limit: 100 });
  const users = await listUsers(ctx);
  const names = new Map(users.map((u) => [u.id, u.name]));
  const customerName = ticket.customer?.name ?? "Customer";
  const messages: ConversationMessage[] = [
    { id: ticket.id, author: "customer", name: customerName, message: ticket.message, at: ticket.createdAt },
    ...ticket.replies.map((r) => ({
      id: r.id,
      author: r.authorType === "customer" ? ("customer" as const) : ("staff" as const),
      name: r.authorType === "customer" ? customerName : ((r.userId && names.get(r.userId)) ?? "Support"),
      message: r.message,
      at: r.createdAt,
    })),
  ];
  const mayWrite = can(user.role, "editRecords");

  return (
    <div className="space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/tickets" className="text-brand-700 hover:underline">
          ← Tickets
        </Link>
      </nav>
      <PageHeader
        title={ticket.subject}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <span>#{ticket.seq}</span>
            <span data-testid="ticket-status">
              <TicketStatusBadge status={ticket.status} />
            </span>
            <TicketPriorityBadge priority={ticket.priority} />
            {ticket.customer && (
              <Link href={`/customers/${ticket.customer.id}`} className="text-brand-700 hover:underline">
                {ticket.customer.name}
              </Link>
            )}
            <span>opened {formatDateTime(ticket.createdAt)}</span>
          </span>
        }
      />
      <div className="grid gap-5 lg:grid-cols-[1fr_18rem]">
        <div className="space-y-5">
          <Card title="Conversation" description={`${ticket.replies.length} repl${ticket.replies.length === 1 ? "y" : "ies"}`}>
            <TicketConversation messages={messages} />
          </Card>
          {mayWrite ? (
            <Card title="Reply">
              <TicketReplyForm reply={replyToTicketAction.bind(null, ticket.seq)} closed={ticket.status === "closed"} />
            </Card>
          ) : (
            <Alert tone="info">Analysts can read tickets but not reply.</Alert>
          )}
        </div>
        <aside className="space-y-5">
          <Card title="Details">
            <TicketTriageForm
              key={`${ticket.status}-${ticket.priority}-${ticket.department?.seq}-${ticket.assignedTo?.seq}`}
              initial={{
                status: ticket.status,
                priority: ticket.priority,
                departmentSeq: ticket.department ? String(ticket.department.seq) : "",
                assigneeSeq: ticket.assignedTo ? String(ticket.assignedTo.seq) : "",
              }}
              departments={departments.map((d) => ({ seq: d.seq, name: d.name }))}
              users={users.filter((u) => u.active).map((u) => ({ seq: u.seq, name: u.name }))}
              save={triageTicketAction.bind(null, ticket.seq)}
              readOnly={!mayWrite}
            />
            {ticket.closedAt && <p className="mt-3 text-xs text-slate-500">Closed {formatDateTime(ticket.closedAt)}</p>}
          </Card>
        </aside>
      </div>
    </div>
  );
}
