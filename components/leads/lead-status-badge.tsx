import type { LeadStatus } from "@/lib/db/generated/enums";
import { STAGE_LABELS } from "@/lib/crm/pipeline/pipeline-stages";
import { Badge } from "../ui/badge";

const TONE: Record<LeadStatus, "neutral" | "green" | "red" | "blue" | "amber"> = {
  new: "blue",
  contacted: "neutral",
  qualified: "amber",
  proposal: "amber",
  negotiation: "amber",
  converted: "green",
  won: "green",
  lost: "red",
};

export function LeadStatusBadge({ status }: { status: LeadStatus }) {
  return <Badge tone={TONE[status]}>{STAGE_LABELS[status]}</Badge>;
}
