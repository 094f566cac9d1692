import { getDb } from "@/lib/db/client";
import type { TicketStatus } from "@/lib/db/generated/enums";
import type { CrmContext } from "../context";
import { ticketListWhere, type TicketListQuery } from "./list-tickets";

/** How many tickets each status tab holds under the same filters (one grouped count in SQL). */
export async function countTicketsByStatus(
  ctx: CrmContext,
  query: Omit<TicketListQuery, "page" | "limit" | "status" | "newestFirst">,
): Promise<Record<TicketStatus, number>> {
  const db = await getDb();
  const groups = await db.ticket.groupBy({ by: ["status"], where: ticketListWhere(ctx, query), _count: { _all: true } });
  const counts: Record<TicketStatus, number> = { open: 0, pending: 0, closed: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}
