import { z } from "zod";
import { toScaled } from "./invoice-totals";

/**
 * The zod fields invoices and quotes are written with, pure (zod and the exact
 * money module only) so the suite API and the browser's forms validate with
 * the same rules and the same words.
 */

/**
 * Money in: a JSON number or a numeric string, kept as its decimal text (never
 * summed as a float), at most 2 decimals. `message` is the seed's wording for
 * the field's range (e.g. "Amount must be greater than 0").
 */
export function moneyIn(options: { min: "positive" | "non_negative"; message: string; field?: string }) {
  const label = options.field ?? "Amount";
  return z.union([z.number(), z.string()], { error: `${label} must be a number` }).transform((value, ctx) => {
    if (typeof value === "string" && value.trim() === "") {
      ctx.addIssue({ code: "custom", message: `${label} is required` });
      return z.NEVER;
    }
    const scaled = toScaled(value, 2);
    if (scaled === null) {
      ctx.addIssue({ code: "custom", message: `${label} must be a number with at most 2 decimal places` });
      return z.NEVER;
    }
    if (options.min === "positive" ? scaled <= 0n : scaled < 0n) {
      ctx.addIssue({ code: "custom", message: options.message });
      return z.NEVER;
    }
    if (scaled >= 10n ** 14n) {
      ctx.addIssue({ code: "custom", message: `${label} is too large` });
      return z.NEVER;
    }
    return typeof value === "number" ? String(value) : value.trim();
  });
}

/** A decimal with up to `places` decimals within [min, max], kept as text. */
export function decimalIn(label: string, places: number, min: number, max: number, minExclusive = false) {
  return z.union([z.number(), z.string()], { error: `${label} must be a number` }).transform((value, ctx) => {
    if (typeof value === "string" && value.trim() === "") {
      ctx.addIssue({ code: "custom", message: `${label} is required` });
      return z.NEVER;
    }
    const scaled = toScaled(value, places);
    const unit = 10n ** BigInt(places);
    if (scaled === null) {
      ctx.addIssue({ code: "custom", message: `${label} must be a number with at most ${places} decimal places` });
      return z.NEVER;
    }
    const low = BigInt(min) * unit;
    if ((minExclusive ? scaled <= low : scaled < low) || scaled > BigInt(max) * unit) {
      ctx.addIssue({ code: "custom", message: minExclusive ? `${label} must be greater than ${min}` : `${label} must be between ${min} and ${max}` });
      return z.NEVER;
    }
    return typeof value === "number" ? String(value) : value.trim();
  });
}

/** A `YYYY-MM-DD` date field that must exist on the calendar. */
export function dateIn(label = "Date") {
  return z.string({ error: `${label} is required` }).refine(isCalendarDate, `${label} must be a date as YYYY-MM-DD`);
}

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** An item's unit amount and quantity: the same rules for the API and the editor. */
export const itemAmountIn = () => moneyIn({ min: "non_negative", message: "Amount must be 0 or greater" });
export const itemQtyIn = () => decimalIn("Quantity", 3, 0, 1_000_000, true);
export const ITEMS_MIN_MESSAGE = "At least one item is required";
export const ITEMS_MAX = 500;
export const ITEMS_MAX_MESSAGE = "At most 500 items";
export const NOTES_MAX = 5000;
