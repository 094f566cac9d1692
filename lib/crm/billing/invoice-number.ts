import type { Prisma } from "@/lib/db/client";
import { nextSeq } from "../sequence";

/**
 * The next `INV-<year>-<NNN>` (or `QUO-…`) of the tenant for that year. The
 * counter row stays locked until the caller's transaction ends, so numbers
 * are handed out one at a time and a rolled-back creation gives its number
 * back: sequential, no gaps, no repeats. Take it last in the transaction to
 * hold the lock briefly.
 */
export async function nextDocumentNumber(tx: Prisma.TransactionClient, tenantId: string, prefix: "INV" | "QUO", year: number): Promise<string> {
  const value = await nextSeq(tx, tenantId, `${prefix === "INV" ? "invoice" : "quote"}-number:${year}`);
  return `${prefix}-${year}-${String(value).padStart(3, "0")}`;
}
