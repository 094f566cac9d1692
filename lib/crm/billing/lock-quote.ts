import type { Prisma } from "@/lib/db/client";
import type { QuoteStatus } from "@/lib/db/generated/enums";
import { ownerScopeSql } from "../access/access";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";

/** Locks one quote row (FOR UPDATE) before a change or a delete; a foreign or out-of-scope quote is NotFound. */
export async function lockQuote(
  tx: Prisma.TransactionClient,
  ctx: CrmContext,
  seq: number,
): Promise<{ id: string; invoiceId: string | null; status: QuoteStatus; customerId: string; notes: string | null }> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT q."id"::text FROM "Quote" q JOIN "Customer" c ON c."id" = q."customerId"
    WHERE q."tenantId" = ${ctx.tenantId}::uuid AND q."seq" = ${seq} AND ${ownerScopeSql(ctx, 'c."assignedToId"')} FOR UPDATE OF q`;
  const row = rows[0];
  if (!row) throw new NotFound("Quote");
  return tx.quote.findUniqueOrThrow({ where: { id: row.id }, select: { id: true, invoiceId: true, status: true, customerId: true, notes: true } });
}
