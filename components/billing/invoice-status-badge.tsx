import type { InvoiceStatus } from "@/lib/db/generated/enums";
import { Badge } from "../ui/badge";

export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, string> = {
  unpaid: "Unpaid",
  partially_paid: "Partially Paid",
  paid: "Paid",
  cancelled: "Cancelled",
};

const TONES = { unpaid: "amber", partially_paid: "blue", paid: "green", cancelled: "neutral" } as const;

/** The invoice's status, with Overdue shown beside it when an unpaid balance is past due. */
export function InvoiceStatusBadge({ status, overdue }: { status: InvoiceStatus; overdue?: boolean }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1" data-testid="invoice-status">
      <Badge tone={TONES[status]}>{INVOICE_STATUS_LABELS[status]}</Badge>
      {overdue && <Badge tone="red">Overdue</Badge>}
    </span>
  );
}
