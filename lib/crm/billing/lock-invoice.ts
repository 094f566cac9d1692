import type { Prisma } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";
import type { InvoiceKey } from "./invoice-record";

/**
 * The invoice's row, locked until the transaction ends: payments, edits and
 * deletes of one invoice run one after another, so two payments cannot both
 * fit a balance that holds only one.
 */
export async function lockInvoice(tx: Prisma.TransactionClient, ctx: CrmContext, key: InvoiceKey): Promise<{ id: string }> {
  if ("id" in key && !isUuid(key.id)) throw new NotFound("Invoice");
  const rows =
    "id" in key
      ? await tx.$queryRaw<{ id: string }[]>`SELECT "id"::text FROM "Invoice" WHERE "tenantId" = ${ctx.tenantId}::uuid AND "id" = ${key.id}::uuid FOR UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`SELECT "id"::text FROM "Invoice" WHERE "tenantId" = ${ctx.tenantId}::uuid AND "seq" = ${key.seq} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new NotFound("Invoice");
  return row;
}
