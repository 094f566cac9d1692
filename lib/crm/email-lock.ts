import type { Prisma } from "@/lib/db/client";

/**
 * Serialises writes that claim an email within a tenant ("lead", "customer"),
 * so two concurrent creations with one address cannot both pass a
 * "does it exist?" check. Held until the transaction ends; works on PGlite too.
 */
export async function lockEmail(tx: Prisma.TransactionClient, tenantId: string, entity: string, email: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${tenantId}:${entity}-email:${email.trim().toLowerCase()}`}, 0))`;
}
