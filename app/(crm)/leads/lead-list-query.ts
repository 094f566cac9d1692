import { z } from "zod";
import { LEAD_SOURCES } from "@/lib/crm/leads/lead-sources";

/** The /leads filters as they come from the URL; anything unreadable is simply ignored. */
export const leadListQuery = z.object({
  status: z.enum(["new", "contacted", "qualified", "proposal", "negotiation", "converted", "won", "lost"]).optional().catch(undefined),
  source: z.enum(LEAD_SOURCES).optional().catch(undefined),
  owner: z.uuid().optional().catch(undefined),
  search: z.string().trim().max(200).optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});
