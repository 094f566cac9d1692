import type { Prisma } from "@/lib/db/client";

/**
 * Cancels the still-scheduled calls matching `where` in one conditional
 * update (a call dialled a moment before stays dialled: a logged call and a
 * cancel cannot both win) and answers their ids. Shared by `POST /lead/cancel`
 * and the call queue's Cancel.
 */
export async function cancelPendingCalls(tx: Prisma.TransactionClient, where: Prisma.ScheduledCallWhereInput, now: Date): Promise<string[]> {
  const rows = await tx.scheduledCall.updateManyAndReturn({
    where: { ...where, status: "scheduled" },
    data: { status: "cancelled", cancelledAt: now },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
