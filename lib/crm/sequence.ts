import type { Prisma } from "@/lib/db/client";

type Tx = Pick<Prisma.TransactionClient, "$queryRaw">;

/**
 * Next value of a per-tenant counter ("customer", "invoice-number:2025"…).
 * One atomic upsert: safe under concurrency on PostgreSQL and PGlite alike,
 * and inside a transaction the row lock also keeps numbers gap-free on
 * rollback. Counters never reveal another tenant's volume.
 */
export async function nextSeq(tx: Tx, tenantId: string, name: string): Promise<number> {
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "TenantCounter" ("tenantId", "name", "value")
    VALUES (${tenantId}::uuid, ${name}, 1)
    ON CONFLICT ("tenantId", "name") DO UPDATE SET "value" = "TenantCounter"."value" + 1
    RETURNING "value"`;
  const value = rows[0]?.value;
  if (value === undefined) throw new Error(`counter ${name} returned no value`);
  return value;
}

/** The suite's integer id counters, one per entity. */
export const SEQ = {
  user: "user",
  lead: "lead",
  customer: "customer",
  campaign: "campaign",
  product: "product",
  order: "order",
  invoice: "invoice",
  quote: "quote",
  account: "account",
  category: "category",
  transaction: "transaction",
  department: "department",
  ticket: "ticket",
  webhook: "webhook",
} as const;

/** `count` consecutive values of a counter at once (bulk imports): answers the first. */
export async function nextSeqBlock(tx: Tx, tenantId: string, name: string, count: number): Promise<number> {
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "TenantCounter" ("tenantId", "name", "value")
    VALUES (${tenantId}::uuid, ${name}, ${count})
    ON CONFLICT ("tenantId", "name") DO UPDATE SET "value" = "TenantCounter"."value" + ${count}
    RETURNING "value"`;
  const last = rows[0]?.value;
  if (last === undefined) throw new Error(`counter ${name} returned no value`);
  return last - count + 1;
}
