import type { Prisma } from "@/lib/db/client";

/**
 * Serialises writes that claim an email within a tenant ("lead", "customer"),
 * so two concurrent creations with one address cannot both pass a
 * "does it exist?" check. Held until the transaction ends; works on PGlite too.
 */
export async function lockEmail(tx: Prisma.TransactionClient, tenantId: string, entity: string, email: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${tenantId}:${entity}-email:${email.trim().toLowerCase()}`}, 0))`;
}

/**
 * lockEmail for many addresses at once (imports): the same locks, taken in a
 * fixed (sorted) order so two batches can never deadlock on each other.
 */
export async function lockEmails(tx: Prisma.TransactionClient, tenantId: string, entity: string, emails: readonly string[]): Promise<void> {
  if (emails.length === 0) return;
  const keys = [...new Set(emails.map((email) => `${tenantId}:${entity}-email:${email.trim().toLowerCase()}`))].sort();
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(${keys}::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n`;
}
