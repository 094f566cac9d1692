import { z } from "zod";
import { LEAD_SOURCES } from "@/lib/crm/leads/lead-sources";

/** The /leads filters as they come from the URL; anything unreadable is simply ignored. */
export const leadListQuery = z.object({
  status: z.enum(["new", "contacted", "qualified", "proposal", "negotiation", "converted", "won", "lost"]).optional().catch(undefined),
  source: z.enum(LEAD_SOURCES).optional().catch(undefined),
  owner: z.uuid().optional().catch(undefined),
  search: z.string().trim().max(200).optional().catch(undefined),
  /** Created on or after this day (UTC), `YYYY-MM-DD`. */
  from: z.iso.date().optional().catch(undefined),
  /** Created on or before this day (UTC). */
  to: z.iso.date().optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});

/** The query's filter in the domain's terms (the list, the export). */
export function leadFilterOf(query: z.infer<typeof leadListQuery>) {
  const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
  return {
    status: query.status,
    source: query.source,
    assignedToId: query.owner,
    search: query.search,
    createdFrom: query.from ? new Date(`${query.from}T00:00:00Z`) : undefined,
    createdTo: query.to ? nextDay(query.to) : undefined,
  };
}
