import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { formatDateTime } from "@/components/ui/format-date";
import type { CrmContext } from "@/lib/crm/context";
import { countTicketsByStatus } from "@/lib/crm/tickets/count-tickets-by-status";
import { listTickets } from "@/lib/crm/tickets/list-tickets";
import { TicketPriorityBadge, TicketStatusBadge } from "./ticket-badges";

/**
 * A customer's most recent support tickets, for the customer page:
 * `<CustomerTickets ctx={ctx} customerId={customer.id} />` (server component;
 * the same scoping as /tickets, so a rep sees what /tickets shows them).
 * `newTicket` adds a "New ticket" link with this customer already picked.
 */
export async function CustomerTickets({
  ctx,
  customerId,
  limit = 5,
  newTicket = false,
}: {
  ctx: CrmContext;
  customerId: string;
  limit?: number;
  newTicket?: boolean;
}) {
  const counts = await countTicketsByStatus(ctx, { customerId });
  const { tickets, total } = await listTickets(ctx, { customerId, page: 1, limit, newestFirst: true });
  return (
    <Card
      title="Tickets"
      description={`${counts.open} open · ${counts.pending} pending · ${counts.closed} closed`}
      actions={
        newTicket ? (
          <LinkButton href={`/tickets/new?customer=${customerId}`} variant="secondary" className="shrink-0">
            New ticket
          </LinkButton>
        ) : undefined
      }
    >
      {tickets.length === 0 ? (
        <EmptyState title="No tickets from this customer" />
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="customer-tickets">
          {tickets.map((t) => (
            <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span className="min-w-0">
                <Link href={`/tickets/${t.seq}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                  {t.subject}
                </Link>
                <span className="block text-xs text-slate-500">
                  #{t.seq} · {formatDateTime(t.createdAt)}
                </span>
              </span>
              <span className="flex gap-1">
                <TicketStatusBadge status={t.status} />
                <TicketPriorityBadge priority={t.priority} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {total > tickets.length && <p className="mt-2 text-xs text-slate-500">{total - tickets.length} older not shown.</p>}
    </Card>
  );
}
