import { z } from "zod";

/** The "log an interaction" form: the crm API's lead interaction fields, as a person types them. */
export const leadInteractionForm = z.object({
  type: z.enum(["call", "email", "meeting", "note"]),
  notes: z.string().trim().max(5000, "Keep notes under 5,000 characters").optional(),
  nextAction: z.string().trim().max(200, "Keep the next action short").optional(),
  nextActionDate: z.union([z.literal(""), z.iso.date("Pick a date")]).optional(),
});
export type LeadInteractionFormValues = z.infer<typeof leadInteractionForm>;
