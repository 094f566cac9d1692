/**
 * The constraint a raw statement broke when it referenced a row that is gone (PostgreSQL 23503),
 * e.g. "Invoice_customerId_fkey" when the customer was deleted between the read and the write;
 * null for any other error.
 */
export function violatedForeignKey(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { kind?: unknown; constraint?: { index?: unknown } } } } }).meta?.driverAdapterError?.cause;
  if (cause?.kind !== "ForeignKeyConstraintViolation") return null;
  return typeof cause.constraint?.index === "string" ? cause.constraint.index : "";
}
