import type { Prisma as PrismaTypes } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

type Tx = Pick<PrismaTypes.TransactionClient, "$queryRaw">;

/**
 * The statement that adds `by` to per-tenant counters (creating them at `by`) and returns
 * each one's `"name"` and new `"value"`: one atomic upsert, safe under concurrency on
 * PostgreSQL and PGlite alike. Usable as a CTE, so a caller can number a row in the same
 * statement (see billing/number-document.ts). Rows are locked in the order given: keep
 * one order for the same counters everywhere.
 */
export function bumpCountersSql(tenantId: string, names: readonly string[], by = 1): Prisma.Sql {
  const rows = names.map((name) => Prisma.sql`(${tenantId}::uuid, ${name}, ${by}::int)`);
  return Prisma.sql`INSERT INTO "TenantCounter" ("tenantId", "name", "value") VALUES ${Prisma.join(rows)}
    ON CONFLICT ("tenantId", "name") DO UPDATE SET "value" = "TenantCounter"."value" + ${by}::int
    RETURNING "name", "value"`;
}

/**
 * Next value of a per-tenant counter ("customer", "invoice-number:2025"…).
 * Inside a transaction the row lock also keeps numbers gap-free on
 * rollback. Counters never reveal another tenant's volume.
 */
export async function nextSeq(tx: Tx, tenantId: string, name: string): Promise<number> {
  const rows = await tx.$queryRaw<{ value: number }[]>(bumpCountersSql(tenantId, [name]));
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
  const rows = await tx.$queryRaw<{ value: number }[]>(bumpCountersSql(tenantId, [name], count));
  const last = rows[0]?.value;
  if (last === undefined) throw new Error(`counter ${name} returned no value`);
  return last - count + 1;
}
