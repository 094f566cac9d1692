import type { CustomerStatus } from "@/lib/db/generated/enums";
import { Badge } from "../ui/badge";

const TONE = { active: "green", inactive: "neutral", blocked: "red" } as const satisfies Record<CustomerStatus, string>;
export const CUSTOMER_STATUS_LABELS: Record<CustomerStatus, string> = { active: "Active", inactive: "Inactive", blocked: "Blocked" };

export function CustomerStatusBadge({ status }: { status: CustomerStatus }) {
  return <Badge tone={TONE[status]}>{CUSTOMER_STATUS_LABELS[status]}</Badge>;
}
