import { z } from "zod";

/** The board's filters as they arrive from the URL or the browser. */
export const pipelineFilterInput = z.object({
  owner: z.union([z.enum(["all", "mine", "unassigned"]), z.uuid()]).optional(),
  source: z.enum(["website", "social", "referral", "email", "phone", "campaign", "direct", "other"]).optional(),
  search: z.string().trim().max(200).optional(),
});
