import { getDb } from "@/lib/db/client";
import { assertMayWrite } from "../access/access";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { Conflict } from "../errors";
import { lockQuote } from "./lock-quote";

/** Deletes a quote not yet converted (a converted one stays with its invoice: 409). */
export async function deleteQuote(ctx: CrmContext, seq: number): Promise<{ id: string; seq: number }> {
  assertMayWrite(ctx);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const quote = await lockQuote(tx, ctx, seq);
    if (quote.invoiceId) throw new Conflict("Quote was converted to an invoice and cannot be deleted");
    await tx.quote.delete({ where: { id: quote.id } });
    await recordAudit(tx, ctx, { action: "quote.deleted", entityType: "quote", entityId: quote.id });
    return { id: quote.id, seq };
  });
}
