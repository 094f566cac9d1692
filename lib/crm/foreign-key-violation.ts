/**
 * The constraint a raw statement broke when it referenced a row that is gone (PostgreSQL 23503),
 * e.g. "InvoiceItem_productId_fkey" when a product was deleted between the read and the write;
 * null for any other error. Reads pg's own error (direct statements, lib/db/direct-sql.ts) and
 * Prisma's wrapping of it.
 */
export function violatedForeignKey(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const direct = error as { code?: unknown; constraint?: unknown };
  if (direct.code === "23503") return typeof direct.constraint === "string" ? direct.constraint : "";
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { kind?: unknown; constraint?: { index?: unknown } } } } }).meta?.driverAdapterError?.cause;
  if (cause?.kind !== "ForeignKeyConstraintViolation") return null;
  return typeof cause.constraint?.index === "string" ? cause.constraint.index : "";
}
