import { z } from "zod";

/** The /leads filters as they come from the URL; anything unreadable is simply ignored. */
export const leadListQuery = z.object({
  status: z.enum(["new", "contacted", "qualified", "proposal", "negotiation", "converted", "won", "lost"]).optional().catch(undefined),
  source: z.enum(["website", "social", "referral", "email", "phone", "campaign", "direct", "other"]).optional().catch(undefined),
  owner: z.uuid().optional().catch(undefined),
  search: z.string().trim().max(200).optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});
