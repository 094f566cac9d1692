import { z } from "zod";
import type { InteractionType } from "@/lib/db/generated/enums";

const day = z.union([z.literal(""), z.iso.date("Pick a date")]);

/** What every "log an interaction" form shares (lead and customer pages): one shape, so one form component serves both. */
const interactionFormBase = z.object({
  type: z.enum(["call", "email", "meeting", "note", "support", "purchase", "other"] satisfies InteractionType[]),
  subject: z.string().trim().max(200, "Keep the subject under 200 characters").optional(),
  /** The day it happened, `YYYY-MM-DD` (UTC); empty means now. */
  occurredOn: day.optional(),
  notes: z.string().trim().max(5000, "Keep notes under 5,000 characters").optional(),
  nextAction: z.string().trim().max(200, "Keep the next action short").optional(),
  nextActionDate: day.optional(),
});
export type InteractionFormValues = z.infer<typeof interactionFormBase>;

/** A lead's interaction: the crm API's lead interaction types, subject and date optional. */
export const leadInteractionForm = interactionFormBase.extend({ type: z.enum(["call", "email", "meeting", "note"]) });
export type LeadInteractionFormValues = z.infer<typeof leadInteractionForm>;

export const CUSTOMER_INTERACTION_TYPES = ["email", "call", "meeting", "support", "purchase", "other"] as const satisfies InteractionType[];

/** A customer's interaction: the crm API's customer interaction types; subject and date required, as the API requires them. */
export const customerInteractionForm = interactionFormBase.extend({
  type: z.enum(CUSTOMER_INTERACTION_TYPES),
  subject: z.string().trim().min(1, "Subject is required").max(200, "Keep the subject under 200 characters"),
  occurredOn: z.iso.date("Pick a date"),
});
export type CustomerInteractionFormValues = z.infer<typeof customerInteractionForm>;

/** A form day as the instant stored: `time` UTC on that day. */
export function formDay(day: string | undefined, time = "09:00:00"): Date | null {
  return day ? new Date(`${day}T${time}Z`) : null;
}
