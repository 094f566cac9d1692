import type { Prisma } from "@/lib/db/client";
import { limitedToOwner } from "../access/access";
import type { CrmContext } from "../context";

/**
 * Which tickets an actor sees. Reps: tickets of their own or unassigned
 * customers, tickets with no customer, and tickets assigned to them; another
 * rep's customer's ticket answers like a missing one. Everyone else: the
 * whole tenant. Spread into `AND` beside `tenantId`.
 */
export function ticketScope(ctx: CrmContext): Prisma.TicketWhereInput {
  const owner = limitedToOwner(ctx);
  if (!owner) return {};
  return {
    OR: [{ customerId: null }, { assignedToId: owner }, { customer: { OR: [{ assignedToId: owner }, { assignedToId: null }] } }],
  };
}
