import type { Prisma } from "@/lib/db/client";

/**
 * Serialises dialler writes for one number of a tenant (add, cancel, the call
 * queue's cancel and reschedule) on a transaction-scoped advisory lock, so two
 * of them cannot both see "nothing pending" and act.
 */
export async function lockDiallerNumber(tx: Prisma.TransactionClient, tenantId: string, phoneNormalized: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${tenantId}:dialler:${phoneNormalized}`}, 0))`;
}
