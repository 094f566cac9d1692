import type { QuoteStatus } from "@/lib/db/generated/enums";
import { Badge } from "../ui/badge";

const TONE = { draft: "neutral", sent: "blue", accepted: "green", declined: "red", expired: "amber" } as const;
export const QUOTE_STATUS_LABELS: Record<QuoteStatus, string> = {
  draft: "Draft",
  sent: "Sent",
  accepted: "Accepted",
  declined: "Declined",
  expired: "Expired",
};

export function QuoteStatusBadge({ status }: { status: QuoteStatus }) {
  return <Badge tone={TONE[status]}>{QUOTE_STATUS_LABELS[status]}</Badge>;
}
