import { z } from "zod";
import { toScaled } from "@/lib/crm/billing/invoice-totals";

/**
 * Money in: a JSON number or a numeric string, kept as its decimal text (never
 * summed as a float), at most 2 decimals. `message` is the seed's wording for
 * the field's range (e.g. "Amount must be greater than 0").
 */
export function moneyIn(options: { min: "positive" | "non_negative"; message: string; field?: string }) {
  const label = options.field ?? "Amount";
  return z.union([z.number(), z.string()], { error: `${label} must be a number` }).transform((value, ctx) => {
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

/** Money out: a JSON number exact to the cent (the Decimal's own digits, not a float sum). */
export function moneyOut(value: { toFixed(places: number): string } | string): number {
  return Number(typeof value === "string" ? value : value.toFixed(2));
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

/** A date column (UTC midnight) as `YYYY-MM-DD`. */
export function dateOut(value: Date): string;
export function dateOut(value: Date | null): string | null;
export function dateOut(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

/** A suite integer id in a body or query (another record of the tenant). */
export const suiteRefId = (label: string) =>
  z.coerce
    .number({ error: `${label} must be an integer id` })
    .int(`${label} must be an integer id`)
    .min(1, `${label} must be an integer id`)
    .max(2_147_483_647);

/** An enum written in the seed's words, matched case-insensitively, e.g. "partially paid" → "Partially Paid". */
export function seedWord<const W extends readonly [string, ...string[]]>(words: W, label: string) {
  return z.string({ error: `${label} is required` }).transform((value, ctx) => {
    const found = words.find((word) => word.toLowerCase() === value.trim().toLowerCase().replace(/_/g, " "));
    if (!found) {
      ctx.addIssue({ code: "custom", message: `${label} must be one of: ${words.join(", ")}` });
      return z.NEVER;
    }
    return found as W[number];
  });
}
