import type { InteractionType } from "@/lib/db/generated/enums";

/** How each interaction type reads in forms and timelines. */
export const INTERACTION_TYPE_LABELS: Record<InteractionType, string> = {
  call: "Call",
  email: "Email",
  meeting: "Meeting",
  note: "Note",
  support: "Support",
  purchase: "Purchase",
  other: "Other",
};
