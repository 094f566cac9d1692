import type { Prisma } from "@/lib/db/client";

/**
 * Serialises writes that claim an integrator's customer id (the ribbon's
 * `customerId`) within a tenant, so concurrent calls and saves for a new
 * customer create it once. Held until the transaction ends.
 */
export async function lockExternalCustomer(tx: Prisma.TransactionClient, tenantId: string, externalId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${tenantId}:customer-external:${externalId}`}, 0))`;
}
