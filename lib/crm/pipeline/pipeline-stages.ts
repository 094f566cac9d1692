import type { LeadStatus } from "@/lib/db/generated/enums";

/** The board's columns, left to right: every lead status, in the order a deal moves. */
export const PIPELINE_STAGES: readonly LeadStatus[] = ["new", "contacted", "qualified", "proposal", "negotiation", "converted", "won", "lost"];

export const STAGE_LABELS: Record<LeadStatus, string> = {
  new: "New",
  contacted: "Contacted",
  qualified: "Qualified",
  proposal: "Proposal",
  negotiation: "Negotiation",
  converted: "Converted",
  won: "Won",
  lost: "Lost",
};

export function isPipelineStage(value: string): value is LeadStatus {
  return (PIPELINE_STAGES as readonly string[]).includes(value);
}
