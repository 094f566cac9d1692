import { Badge } from "@/components/ui/badge";
import type { CallDirection, CallStatus } from "@/lib/db/generated/enums";

export function CallStatusBadge({ status }: { status: CallStatus }) {
  return <Badge tone={status === "active" ? "amber" : status === "missed" ? "red" : "green"}>{status === "active" ? "in progress" : status}</Badge>;
}

export function CallDirectionBadge({ direction }: { direction: CallDirection | null }) {
  return <Badge tone={direction === "inbound" ? "blue" : direction === "outbound" ? "green" : "neutral"}>{direction ?? "direction unknown"}</Badge>;
}
