import { z } from "zod";
import { ValidationFailed } from "../errors";

/** Decimal(14,2): at most 12 digits before the point. */
const DECIMAL_TEXT = /^\d{1,12}(\.\d{1,2})?$/;
const VALUE_MESSAGE = "Value must be an amount of 0 or more with at most 2 decimals";

/**
 * A lead's expected deal value as the domain stores it: a decimal string
 * ("12500.00") or null. Checked here once, whichever API or form sent it.
 */
export function leadValueIn(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const text = value.trim();
  if (!DECIMAL_TEXT.test(text)) throw new ValidationFailed([{ field: "value", message: VALUE_MESSAGE }]);
  return text;
}

/** The JSON APIs' value: a number with at most 2 decimals, 0 or more (the seed style for amounts). */
export const leadValueNumber = z
  .number(VALUE_MESSAGE)
  .min(0, VALUE_MESSAGE)
  .max(999_999_999_999.99, VALUE_MESSAGE)
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, VALUE_MESSAGE)
  .transform((n) => (Math.round(n * 100) / 100).toFixed(2));

/** The forms' value: text the person types, "" for none; commas as thousands separators are forgiven. */
export const leadValueText = z
  .string()
  .trim()
  .transform((text) => text.replaceAll(",", ""))
  .refine((text) => text === "" || DECIMAL_TEXT.test(text), VALUE_MESSAGE);

/** Stored Decimal → the wire's number (or null). */
export function leadValueOut(value: { toFixed(digits: number): string } | null): number | null {
  return value === null ? null : Number(value.toFixed(2));
}
