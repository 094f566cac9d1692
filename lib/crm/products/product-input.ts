import type { ProductType } from "@/lib/db/generated/enums";
import { toScaled, type DecimalLike } from "../billing/invoice-totals";
import { ValidationFailed, type FieldError } from "../errors";

/** A product's writable fields; `undefined` leaves a field as it is, `null` clears it. */
export interface ProductFields {
  name?: string;
  description?: string | null;
  type?: ProductType;
  /** Decimal text or number, ≥ 0, at most 2 decimals. */
  price?: DecimalLike;
  /** Percent 0-100, at most 2 decimals. */
  taxRate?: DecimalLike;
  sku?: string | null;
  /** false archives it (kept for the invoices and orders that name it). */
  active?: boolean;
}

export interface NewProduct extends ProductFields {
  name: string;
  price: DecimalLike;
}

/** The rules every product write obeys, whoever writes. */
export function assertProductFields(fields: ProductFields): void {
  const problems: FieldError[] = [];
  if (fields.name !== undefined && !fields.name.trim()) problems.push({ field: "name", message: "Name is required" });
  if (fields.price !== undefined) {
    const price = toScaled(fields.price, 2);
    if (price === null) problems.push({ field: "price", message: "Price must be a number with at most 2 decimal places" });
    else if (price < 0n) problems.push({ field: "price", message: "Price must be 0 or greater" });
  }
  if (fields.taxRate !== undefined) {
    const rate = toScaled(fields.taxRate, 2);
    if (rate === null || rate < 0n || rate > 10_000n) problems.push({ field: "tax_rate", message: "Tax rate must be between 0 and 100" });
  }
  if (problems.length > 0) throw new ValidationFailed(problems);
}
