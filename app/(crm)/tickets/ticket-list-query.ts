import { z } from "zod";
import { TICKET_PRIORITIES, TICKET_STATUSES } from "@/lib/crm/tickets/ticket-fields";

/** The /tickets filters from the URL; anything unreadable is ignored. Open is the default tab. */
export const ticketListQuery = z.object({
  status: z.enum(TICKET_STATUSES).default("open").catch("open"),
  department: z.coerce.number().int().positive().max(1_000_000_000).optional().catch(undefined),
  priority: z.enum(TICKET_PRIORITIES).optional().catch(undefined),
  search: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
