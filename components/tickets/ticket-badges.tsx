import { Badge } from "@/components/ui/badge";
import { TICKET_PRIORITY_LABELS, TICKET_STATUS_LABELS } from "@/lib/crm/tickets/ticket-schema";
import type { TicketPriority, TicketStatus } from "@/lib/db/generated/enums";

const STATUS_TONE = { open: "blue", pending: "amber", closed: "neutral" } as const;
const PRIORITY_TONE = { low: "neutral", medium: "blue", high: "amber", urgent: "red" } as const;

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{TICKET_STATUS_LABELS[status]}</Badge>;
}

export function TicketPriorityBadge({ priority }: { priority: TicketPriority }) {
  return <Badge tone={PRIORITY_TONE[priority]}>{TICKET_PRIORITY_LABELS[priority]}</Badge>;
}
